import { z } from 'zod';
import { commonEnv, loadConfig, requireSharedSecretInProduction } from './load-config.js';

export interface SubgraphConfig extends z.infer<typeof commonEnv> {
  /** How long a request waits for a fact still on its way over Kafka (see ProjectionWait). */
  PROJECTION_WAIT_MS: number;
  /** How many different facts one request may wait for (see WaitBudget). */
  PROJECTION_WAITS_PER_REQUEST: number;
  /** How long published outbox rows are kept (see OutboxRelay). */
  OUTBOX_RETENTION_HOURS: number;
  /** How long the inbox remembers an applied fact's id (see InboxPruner). */
  INBOX_RETENTION_HOURS: number;
  name: string;
  HOST: string;
  port: number;
  databaseUrl: string;
}

/**
 * A subgraph's configuration: the common variables plus its port (`PORT`) and database.
 * The database is `<DATABASE_NAME_PREFIX>_<name>` on `DATABASE_URL`'s server unless
 * `<NAME>_DATABASE_URL` gives a full URL.
 */
export function loadSubgraphConfig(name: string, defaultPort: number, env = process.env): SubgraphConfig {
  const postgresUrl = z.url({ protocol: /^postgres(ql)?$/ });
  const overrideVariable = `${name.toUpperCase()}_DATABASE_URL`;
  const parsed = loadConfig(
    commonEnv.extend({
      PORT: z.coerce.number().int().min(1).max(65535).default(defaultPort),
      /** Only the gateway calls subgraphs: loopback unless they run on a private network. */
      HOST: z.string().min(1).default('127.0.0.1'),
      DATABASE_URL: postgresUrl.default('postgres://postgres@127.0.0.1:5432/postgres'),
      DATABASE_NAME_PREFIX: z.string().regex(/^[a-z_][a-z0-9_]*$/).default('boxoffice'),
      PROJECTION_WAIT_MS: z.coerce.number().int().min(0).max(60_000).default(5_000),
      PROJECTION_WAITS_PER_REQUEST: z.coerce.number().int().min(0).max(100).default(3),
      OUTBOX_RETENTION_HOURS: z.coerce.number().int().min(1).max(8760).default(168),
      INBOX_RETENTION_HOURS: z.coerce.number().int().min(1).max(8760).default(336),
    }),
    env,
  );
  requireSharedSecretInProduction(parsed);
  const override = loadConfig(z.object({ [overrideVariable]: postgresUrl.optional() }), env)[overrideVariable];
  const databaseUrl = override ?? withDatabase(parsed.DATABASE_URL, `${parsed.DATABASE_NAME_PREFIX}_${name}`);
  return { ...parsed, name, port: parsed.PORT, databaseUrl };
}

function withDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}
