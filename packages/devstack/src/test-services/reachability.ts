import { existsSync } from 'node:fs';
import { connect, type NetConnectOpts } from 'node:net';

const PROBE_TIMEOUT_MS = 1_000;

/** Whether something accepts a connection at `target` within a second. */
export function answers(target: NetConnectOpts): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ ...target, timeout: PROBE_TIMEOUT_MS } as NetConnectOpts);
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.once('connect', () => done(true));
    socket.once('timeout', () => done(false));
    socket.once('error', () => done(false));
  });
}

/** host and port of a `postgres://` or `redis://` URL. */
export const tcpTargetOf = (url: string, defaultPort: number): NetConnectOpts => {
  const parsed = new URL(url);
  return { host: parsed.hostname, port: Number(parsed.port || defaultPort) };
};

/**
 * Where a Docker engine would answer: `DOCKER_HOST` (`unix://` or `tcp://`), else the default
 * socket when it exists; undefined when there is none to ask.
 */
export function dockerEndpoint(env: NodeJS.ProcessEnv, socketExists: (path: string) => boolean = existsSync): NetConnectOpts | undefined {
  const host = env.DOCKER_HOST;
  if (host?.startsWith('unix://')) return { path: host.slice('unix://'.length) };
  if (host?.startsWith('tcp://')) return tcpTargetOf(host.replace(/^tcp:/, 'http:'), 2375);
  return socketExists('/var/run/docker.sock') ? { path: '/var/run/docker.sock' } : undefined;
}
