import { randomBytes } from 'node:crypto';
import {
  dropDatabases,
  prepareTestServices,
  serviceLogs,
  startStack,
  startTestIdentityProvider,
  startTraceReceiver,
  LOOPBACK_CLIENT_BUDGETS,
  type ServiceLogs,
} from '@boxoffice/devstack';

/** Where the test provider sends its codes: never followed, only registered. */
const TEST_OIDC_REDIRECT_URI = 'https://app.boxoffice.test/signed-in';

/**
 * Starts the stack under test on its own ports and databases (TEST_PORT_BASE, default 5100;
 * databases `boxoffice_test_<base>_*`, dropped before and after), so it never touches the dev
 * stack. Service logs go to `.test-logs/<base>/<service>.log`; spans to an in-memory OTLP receiver
 * on base+27; the OpenID provider listens on base+40.
 */

export default async function globalSetup(): Promise<void> {
  const portBase = Number(process.env.TEST_PORT_BASE ?? 5100);
  const databasePrefix = `boxoffice_test_${portBase}`;
  // Local Postgres and Redis when they answer; else, with Docker, containers (Kafka on base+28).
  const services = await prepareTestServices({
    databaseUrl: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    redisUrl: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    kafkaPort: portBase + 28,
  });
  Object.assign(process.env, services.env);
  const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  await dropDatabases(serverUrl, databasePrefix);

  const logs = serviceLogs(portBase);
  // Every service exports its spans here (OpenTelemetry over OTLP/HTTP); tracing.test.ts reads them.
  const traces = await startTraceReceiver(portBase + 27);

  // A real OpenID Connect provider for sign-in tests: `boxoffice` is the client users is configured
  // with, `other-app` a client of someone else's (test/support/identity-provider.ts drives both).
  const redirect_uris = [TEST_OIDC_REDIRECT_URI];
  const boxofficeSecret = randomBytes(24).toString('base64url');
  const identityProvider = await startTestIdentityProvider({
    port: portBase + 40,
    clients: [
      { client_id: 'boxoffice', client_secret: boxofficeSecret, redirect_uris },
      { client_id: 'other-app', client_secret: 'other-app-secret', redirect_uris },
    ],
  });
  const oidcProviders = { test: { issuer: identityProvider.issuer, clientId: 'boxoffice', clientSecret: boxofficeSecret, displayName: 'Test ID' } };

  // New every run: per-address budgets kept in Redis (e.g. account mails) never carry over between runs.
  const adminEmail = `admin-${randomBytes(4).toString('hex')}@boxoffice.test`;
  const adminPassword = randomBytes(12).toString('base64url');
  const stack = await startStack({
    portBase,
    databasePrefix,
    adminEmail,
    adminPassword,
    log: logs.write,
    // Several stacks may share a small machine (other worktrees' tests, fault tests' private stacks).
    readyTimeoutMs: 180_000,
    env: {
      NODE_ENV: 'test',
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
      // Short enough for expiry tests to wait for, long enough for a journey to finish in time
      // while the fault tests' private stack loads the machine beside this one.
      HOLD_TTL_SECONDS: process.env.HOLD_TTL_SECONDS ?? '10',
      PAYMENT_WINDOW_SECONDS: process.env.PAYMENT_WINDOW_SECONDS ?? '14',
      SWEEP_INTERVAL_MS: process.env.SWEEP_INTERVAL_MS ?? '250',
      // Facts may lag while the fault tests start their private stacks beside this one.
      PROJECTION_WAIT_MS: process.env.PROJECTION_WAIT_MS ?? '10000',
      // Lets the test of the job that completes past events wait for it.
      EVENT_COMPLETION_INTERVAL_MS: process.env.EVENT_COMPLETION_INTERVAL_MS ?? '500',
      // Small enough for the throttling test to reach quickly (it speaks for its own addresses).
      LOGIN_ATTEMPTS_PER_IP: '30',
      ...LOOPBACK_CLIENT_BUDGETS,
      // Mails retried quickly, so the test of an SMTP outage sees retries and the last attempt in seconds.
      MAIL_SEND_INTERVAL_MS: '200',
      MAIL_RETRY_BASE_MS: '300',
      MAIL_MAX_ATTEMPTS: '4',
      // Every test asks for token mails from 127.0.0.1; the per-email limit is what tests reach.
      ACCOUNT_MAILS_PER_IP: '100000',
      // Replicas started by tests join consumer groups; keep the rebalances they cause short.
      KAFKA_SESSION_TIMEOUT_MS: '4000',
      // Lets tests speak for other client addresses (X-Forwarded-For), as a load balancer would.
      TRUST_PROXY: 'loopback',
      OIDC_PROVIDERS: JSON.stringify(oidcProviders),
      OTEL_EXPORTER_OTLP_ENDPOINT: traces.endpoint,
      // Spans reach the receiver within a fraction of a second, so the tracing test waits little.
      OTEL_BSP_SCHEDULE_DELAY: '200',
      // Only traces a caller asks for (a sampled traceparent, as tracing.test.ts sends) are recorded,
      // so the other tests pay little for tracing.
      OTEL_TRACES_SAMPLER: 'parentbased_traceidratio',
      OTEL_TRACES_SAMPLER_ARG: '0',
    },
  });
  const stop = async () => {
    await stack.stop();
    await identityProvider.stop();
    await traces.stop();
  };
  globalThis.__BOXOFFICE_STACK__ = { stop, serverUrl, databasePrefix, logs, stopServices: services.stop };

  Object.assign(process.env, {
    BOXOFFICE_TEST_GATEWAY_URL: stack.gatewayUrl,
    BOXOFFICE_TEST_ADMIN_EMAIL: adminEmail,
    BOXOFFICE_TEST_ADMIN_PASSWORD: adminPassword,
    BOXOFFICE_TEST_DATABASE_URL: serverUrl,
    BOXOFFICE_TEST_KAFKA_BROKERS: stack.kafkaBrokers.join(','),
    BOXOFFICE_TEST_JWT_PRIVATE_KEYS: stack.signingKeys,
    BOXOFFICE_TEST_SUBGRAPH_SECRET: stack.subgraphSecret,
    BOXOFFICE_TEST_DATABASE_PREFIX: databasePrefix,
    BOXOFFICE_TEST_MAILBOX_URL: stack.mailboxUrl ?? '',
    BOXOFFICE_TEST_OIDC_ISSUER: identityProvider.issuer,
    BOXOFFICE_TEST_OIDC_REDIRECT_URI: TEST_OIDC_REDIRECT_URI,
    BOXOFFICE_TEST_TRACES_URL: traces.endpoint,
    ...Object.fromEntries(Object.entries(stack.origins).map(([name, origin]) => [`BOXOFFICE_TEST_${name.toUpperCase()}_ORIGIN`, origin])),
  });
}

declare global {
  // eslint-disable-next-line no-var
  var __BOXOFFICE_STACK__: { stop(): Promise<void>; serverUrl: string; databasePrefix: string; logs: ServiceLogs; stopServices(): Promise<void> } | undefined;
}
