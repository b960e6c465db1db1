import { createServer } from 'node:net';
import { answers, chooseTestServices, dockerEndpoint, prepareTestServices } from '../../src/test-services/index.js';

describe('choosing local services or testcontainers for the suite', () => {
  it('uses local Postgres and Redis when both answer, Docker or not', () => {
    expect(chooseTestServices({ postgres: true, redis: true, docker: true })).toBe('local');
    expect(chooseTestServices({ postgres: true, redis: true, docker: false })).toBe('local');
  });

  it('starts containers when a local service is missing and Docker answers', () => {
    expect(chooseTestServices({ postgres: false, redis: false, docker: true })).toBe('containers');
    expect(chooseTestServices({ postgres: true, redis: false, docker: true })).toBe('containers');
    expect(chooseTestServices({ postgres: false, redis: true, docker: true })).toBe('containers');
  });

  it('stays local without Docker, so the suite fails on the missing service itself', () => {
    expect(chooseTestServices({ postgres: false, redis: false, docker: false })).toBe('local');
  });

  it('follows TEST_SERVICES when it names a choice, and ignores anything else', () => {
    expect(chooseTestServices({ forced: 'containers', postgres: true, redis: true, docker: true })).toBe('containers');
    expect(chooseTestServices({ forced: 'local', postgres: false, redis: false, docker: true })).toBe('local');
    expect(chooseTestServices({ forced: 'podman', postgres: false, redis: false, docker: true })).toBe('containers');
  });

  it('finds the Docker engine from DOCKER_HOST, else the default socket, else nowhere', () => {
    expect(dockerEndpoint({ DOCKER_HOST: 'unix:///run/user/1000/docker.sock' })).toEqual({ path: '/run/user/1000/docker.sock' });
    expect(dockerEndpoint({ DOCKER_HOST: 'tcp://10.0.0.5:2376' })).toEqual({ host: '10.0.0.5', port: 2376 });
    expect(dockerEndpoint({}, () => true)).toEqual({ path: '/var/run/docker.sock' });
    expect(dockerEndpoint({}, () => false)).toBeUndefined();
  });

  it('tells a listening port from a closed one', async () => {
    const server = createServer().listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const { port } = server.address() as { port: number };
    expect(await answers({ host: '127.0.0.1', port })).toBe(true);
    await new Promise((resolve) => server.close(resolve));
    expect(await answers({ host: '127.0.0.1', port })).toBe(false);
  });

  it('with local services answering and no Docker engine, starts no containers and changes no setting', async () => {
    const server = createServer().listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const { port } = server.address() as { port: number };
    const prepared = await prepareTestServices({
      databaseUrl: `postgres://postgres@127.0.0.1:${port}/postgres`,
      redisUrl: `redis://127.0.0.1:${port}`,
      kafkaPort: 1,
      env: { DOCKER_HOST: 'unix:///nonexistent/docker.sock' },
    });
    expect([prepared.choice, prepared.env]).toEqual(['local', {}]);
    await prepared.stop();
    server.close();
  });
});
