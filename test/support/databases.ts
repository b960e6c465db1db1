import pg from 'pg';
import type { SubgraphName } from '@boxoffice/platform';
import { stackUrls } from './stack-env.js';

/** Runs one query on a subgraph's test database, to check what was really stored. */
export async function queryDatabase<Row extends object = any>(
  subgraph: SubgraphName,
  sql: string,
  params: unknown[] = [],
): Promise<Row[]> {
  const url = new URL(stackUrls().databaseUrl);
  url.pathname = `/${process.env.BOXOFFICE_TEST_DATABASE_PREFIX}_${subgraph}`;
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as Row[];
  } finally {
    await client.end();
  }
}
