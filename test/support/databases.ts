import pg from 'pg';
import type { SubgraphName } from '@boxoffice/platform';
import { stackUrls } from './stack-env.js';

/** A connected client of a subgraph's test database (the caller ends it). */
export async function connectDatabase(subgraph: SubgraphName): Promise<pg.Client> {
  const url = new URL(stackUrls().databaseUrl);
  url.pathname = `/${process.env.BOXOFFICE_TEST_DATABASE_PREFIX}_${subgraph}`;
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  return client;
}

/** Runs one query on a subgraph's test database, to check what was really stored. */
export async function queryDatabase<Row extends object = any>(
  subgraph: SubgraphName,
  sql: string,
  params: unknown[] = [],
): Promise<Row[]> {
  const client = await connectDatabase(subgraph);
  try {
    return (await client.query(sql, params)).rows as Row[];
  } finally {
    await client.end();
  }
}

/** The outbox rows of `subgraph` whose payload holds `text` anywhere (e.g. a mailed token), and whether each is published. */
export function outboxRowsContaining(subgraph: SubgraphName, text: string): Promise<Array<{ type: string; published: boolean }>> {
  return queryDatabase(
    subgraph,
    `select "type", "published_at" is not null as "published" from "outbox_message" where strpos("payload"::text, $1) > 0 order by "position"`,
    [text],
  );
}

/** Makes every open account token of `purpose` ('VERIFY_EMAIL' or 'RESET_PASSWORD') of a user expire now. */
export async function expireAccountTokens(userId: string, purpose: 'VERIFY_EMAIL' | 'RESET_PASSWORD'): Promise<void> {
  await queryDatabase(
    'users',
    `update "account_token" set "expires_at" = now() - interval '1 second' where "user_id" = $1 and "purpose" = $2 and "used_at" is null`,
    [userId, purpose],
  );
}
