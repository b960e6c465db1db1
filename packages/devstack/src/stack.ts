import { randomBytes } from 'node:crypto';
import { ALL_TOPICS, generateJwk } from '@boxoffice/platform';
import type { EmbeddedBroker } from '@boxoffice/platform/embedded-broker';
import { ChildService, type LogSink } from './child-service.js';
import { startMailSink } from './mail-sink.js';
import { PORT_OFFSETS, SUBGRAPHS, entryPoint, type SubgraphName } from './services.js';

export interface StackOptions {
  /** The gateway's port; subgraphs take the next ones, the mail sink +25 (SMTP) and +26 (HTTP). */
  portBase: number;
  /** Database names are `<prefix>_<subgraph>`. */
  databasePrefix: string;
  adminEmail: string;
  adminPassword: string;
  /** Extra variables for every process (e.g. short hold TTLs in tests). */
  env?: NodeJS.ProcessEnv;
  log: LogSink;
  /**
   * Whether subgraphs accept only requests the gateway signed (default). Off only for the
   * gateways benchmark, whose peer gateways cannot sign.
   */
  signedSubgraphs?: boolean;
  /** Restart a process that dies on its own, with backoff (`npm run dev`, fault tests). */
  restartCrashed?: boolean;
  /** How long each process may take to become ready (default 90 s). */
  readyTimeoutMs?: number;
}

export interface RunningStack {
  gatewayUrl: string;
  origins: Record<SubgraphName, string>;
  kafkaBrokers: string[];
  /** The embedded broker, when the stack started one (fault tests take it down and up). */
  broker?: EmbeddedBroker;
  /** The JWT_PRIVATE_KEYS the users subgraph signs with. */
  signingKeys: string;
  /** The SUBGRAPH_SHARED_SECRET the gateway signs subgraph requests with (none when unsigned). */
  subgraphSecret?: string;
  /** Where the embedded mail sink lists received mails (`/messages`); none when SMTP_URL is set. */
  mailboxUrl?: string;
  /** The running processes by name, for fault tests (e.g. `services.venues.crash()`). */
  services: Record<SubgraphName | 'gateway', ChildService>;
  stop(): Promise<void>;
}

/**
 * Starts the whole supergraph as separate processes, like production: the subgraphs, then the
 * gateway. Without KAFKA_BROKERS it first starts the embedded Kafka-protocol broker, and without
 * SMTP_URL the embedded mail sink.
 */
export async function startStack(options: StackOptions): Promise<RunningStack> {
  const env = { ...process.env, ...options.env };
  const broker = env.KAFKA_BROKERS ? undefined : await startEmbedded();
  const kafkaBrokers = broker?.bootstrapServers ?? env.KAFKA_BROKERS!.split(',');
  const mailSink = env.SMTP_URL ? undefined : await startMailSink({ smtpPort: options.portBase + 25, httpPort: options.portBase + 26 });
  const origin = (service: SubgraphName | 'gateway') => `http://127.0.0.1:${options.portBase + PORT_OFFSETS[service]}`;
  const origins = Object.fromEntries(SUBGRAPHS.map((name) => [name, origin(name)])) as Record<SubgraphName, string>;
  const signingKeys = env.JWT_PRIVATE_KEYS ?? JSON.stringify([await generateJwk()]);
  const subgraphSecret = options.signedSubgraphs === false ? undefined : (env.SUBGRAPH_SHARED_SECRET ?? randomBytes(32).toString('base64url'));
  const { SUBGRAPH_SHARED_SECRET: _fromEnvironment, ...unsigned } = env;
  const shared: NodeJS.ProcessEnv = {
    ...unsigned,
    KAFKA_BROKERS: kafkaBrokers.join(','),
    ...(mailSink ? { SMTP_URL: mailSink.smtpUrl } : {}),
    DATABASE_NAME_PREFIX: options.databasePrefix,
    JWKS_URL: `${origins.users}/.well-known/jwks.json`,
    JWT_PRIVATE_KEYS: signingKeys,
    ...(subgraphSecret ? { SUBGRAPH_SHARED_SECRET: subgraphSecret } : {}),
    ADMIN_EMAIL: options.adminEmail,
    ADMIN_PASSWORD: options.adminPassword,
  };

  const started: ChildService[] = [];
  const restart = { restartOnCrash: options.restartCrashed ?? false };
  const stop = async () => {
    // The gateway first, so no request reaches a subgraph that is already going.
    for (const service of [...started].reverse()) await service.stop();
    await broker?.stop();
    await mailSink?.stop();
  };
  try {
    const subgraphs = SUBGRAPHS.map((name) => {
      const service = new ChildService(name, entryPoint(name), { ...shared, PORT: String(options.portBase + PORT_OFFSETS[name]) }, options.log, restart);
      started.push(service);
      return service;
    });
    await Promise.all(subgraphs.map((service) => service.waitUntilReady(`${origins[service.name as SubgraphName]}/health/ready`, options.readyTimeoutMs)));
    const subgraphUrls = Object.fromEntries(SUBGRAPHS.map((name) => [`${name.toUpperCase()}_URL`, `${origins[name]}/graphql`]));
    const gateway = new ChildService('gateway', entryPoint('gateway'), { ...shared, ...subgraphUrls, PORT: String(options.portBase) }, options.log, restart);
    started.push(gateway);
    await gateway.waitUntilReady(`${origin('gateway')}/health/ready`, options.readyTimeoutMs);
  } catch (error) {
    await stop();
    throw error;
  }
  const services = Object.fromEntries(started.map((service) => [service.name, service])) as RunningStack['services'];
  return { gatewayUrl: `${origin('gateway')}/graphql`, origins, kafkaBrokers, signingKeys, subgraphSecret, mailboxUrl: mailSink?.httpUrl, services, broker, stop };
}

async function startEmbedded() {
  // Loaded only when needed: it binds librdkafka through a native addon.
  const { startEmbeddedBroker } = await import('@boxoffice/platform/embedded-broker');
  return startEmbeddedBroker({ topics: ALL_TOPICS });
}
