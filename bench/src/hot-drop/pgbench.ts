import { execFileSync } from 'node:child_process';
import { REPO_ROOT } from '@boxoffice/devstack';
import pg from 'pg';

/**
 * pgbench's simple-update script (`-N`: one account update, one select, one history insert per
 * transaction) with 16 clients on 2 threads, on `serverUrl`'s server: the baseline of what this
 * Postgres does per second with small write transactions. Returns the TPS.
 */
export async function pgbenchTps(serverUrl: string, database: string, seconds: number): Promise<number> {
  execFileSync('sh', [`${REPO_ROOT}scripts/ensure-pgbench.sh`], { stdio: 'inherit' });
  const admin = new URL(serverUrl);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${database}"`);
  } finally {
    await client.end();
  }
  const connection = ['-h', admin.hostname, '-p', admin.port || '5432', '-U', decodeURIComponent(admin.username || 'postgres')];
  execFileSync('pgbench', [...connection, '-i', '-q', '-s', '1', database], { stdio: 'ignore' });
  const output = execFileSync('pgbench', [...connection, '-N', '-c', '16', '-j', '2', '-T', String(seconds), database], { encoding: 'utf8' });
  const tps = /tps = ([\d.]+)/.exec(output)?.[1];
  if (!tps) throw new Error(`pgbench printed no tps:\n${output}`);
  return Number(tps);
}
