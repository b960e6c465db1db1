import { existsSync, readFileSync } from 'node:fs';
import { REPO_ROOT, SUBGRAPHS } from '@boxoffice/devstack';
import { ALL_TOPICS } from '@boxoffice/platform';
import { parse } from 'yaml';

/**
 * No Docker engine runs where these tests run, so this checks what can be checked without one:
 * that docker-compose.yml and the Dockerfile describe the same stack as the code (services, entry points, topics,
 * routing, healthchecks) and keeps secrets out of the file.
 */
const compose = parse(readFileSync(`${REPO_ROOT}docker-compose.yml`, 'utf8'), { merge: true });
const services = compose.services as Record<string, any>;
const SERVICES = ['gateway', ...SUBGRAPHS];

describe('docker-compose.yml', () => {
  it('runs Postgres, Kafka in KRaft mode and Redis, each with a healthcheck', () => {
    expect(services.postgres.image).toMatch(/^postgres:/);
    expect(services.redis.image).toMatch(/^redis:/);
    expect(services.kafka.image).toMatch(/^apache\/kafka:/);
    expect(services.kafka.environment.KAFKA_PROCESS_ROLES).toBe('broker,controller');
    for (const name of ['postgres', 'redis', 'kafka']) expect(services[name].healthcheck.test).toBeDefined();
  });

  it('creates exactly the topics the code uses', () => {
    const script = services['kafka-topics'].command.join('\n');
    const created = /for topic in ([^;]+);/.exec(script)![1]!.trim().split(/\s+/).sort();
    expect(created).toEqual(ALL_TOPICS.map((topic) => topic.name).sort());
  });

  it.each(SERVICES)('runs %s from its built entry point, with a readiness healthcheck', (name) => {
    const service = services[name];
    const entry = service.command.at(-1) as string;
    expect(entry).toBe(name === 'gateway' ? 'gateway/dist/index.js' : `subgraphs/${name}/dist/index.js`);
    expect(existsSync(`${REPO_ROOT}${entry.replace('/dist/', '/src/').replace(/\.js$/, '.ts')}`)).toBe(true);
    expect(service.healthcheck.test.join(' ')).toContain('/health/ready');
    expect(service.environment.KAFKA_BROKERS).toBe('kafka:9092');
    expect(service.environment.NODE_ENV).toBe('production');
  });

  it('routes the gateway to every subgraph by service name and publishes port 4000', () => {
    const env = services.gateway.environment;
    for (const name of SUBGRAPHS) expect(env[`${name.toUpperCase()}_URL`]).toMatch(new RegExp(`^http://${name}:\\d+/graphql$`));
    expect(services.gateway.ports).toContain('4000:4000');
    expect(Object.keys(services.gateway.depends_on).sort()).toEqual(expect.arrayContaining([...SUBGRAPHS]));
  });

  it('runs Prometheus under the observability profile, scraping every service on its port', () => {
    expect(services.prometheus.profiles).toEqual(['observability']);
    const volume = (services.prometheus.volumes as string[]).find((entry) => entry.endsWith(':/etc/prometheus/prometheus.yml:ro'))!;
    const scrape = parse(readFileSync(`${REPO_ROOT}${volume.split(':')[0]!.replace(/^\.\//, '')}`, 'utf8')) as { scrape_configs: Array<{ job_name: string; static_configs: Array<{ targets: string[] }> }> };
    const targets = Object.fromEntries(scrape.scrape_configs.map((job) => [job.job_name, job.static_configs[0]!.targets[0]]));
    for (const name of SERVICES) expect(targets[name]).toBe(`${name}:${services[name].environment.PORT}`);
  });

  it('runs Jaeger under the observability profile; every service traces only when OTEL_EXPORTER_OTLP_ENDPOINT is set', () => {
    expect(services.jaeger.profiles).toEqual(['observability']);
    expect(services.jaeger.ports).toContain('16686:16686');
    for (const name of SERVICES) {
      expect(services[name].command).toEqual(expect.arrayContaining(['--import', '@boxoffice/platform/tracing']));
      // Empty when unset, which the tracing preload takes as off (packages/platform/test/tracing-switch.test.ts).
      expect(services[name].environment.OTEL_EXPORTER_OTLP_ENDPOINT).toBe('${OTEL_EXPORTER_OTLP_ENDPOINT:-}');
    }
  });

  it('takes the signing keys and admin password from the environment, never from the file', () => {
    expect(services.users.environment.JWT_PRIVATE_KEYS).toMatch(/^\$\{JWT_PRIVATE_KEYS:\?/);
    expect(services.users.environment.ADMIN_PASSWORD).toMatch(/^\$\{ADMIN_PASSWORD:\?/);
  });
});

describe('Dockerfile', () => {
  const dockerfile = readFileSync(`${REPO_ROOT}Dockerfile`, 'utf8');
  const copied = [...dockerfile.matchAll(/^COPY (?!--from)(.+) \S+$/gm)].flatMap((m) => m[1]!.split(/\s+/));
  const workspaces = (JSON.parse(readFileSync(`${REPO_ROOT}package.json`, 'utf8')) as { workspaces: string[] }).workspaces;

  it('copies every workspace and the install scripts before npm ci', () => {
    for (const workspace of workspaces) expect(copied).toContain(workspace.split('/')[0]);
    expect(copied).toEqual(expect.arrayContaining(['package.json', 'package-lock.json', 'scripts', 'schema']));
  });

  it('runs on Node 24 as an unprivileged user', () => {
    expect(dockerfile).toMatch(/^FROM node:24/m);
    expect(dockerfile).toMatch(/^USER node$/m);
  });
});
