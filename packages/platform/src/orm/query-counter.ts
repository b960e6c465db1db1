import { Counter } from 'prom-client';
import { metricsRegistry } from '../metrics/registry.js';
import { WaitBudget } from '../util/wait-budget.js';

/**
 * SQL statements sent by this process, apart by whether a GraphQL request sent them (it runs
 * under its WaitBudget) or background work did (outbox relay, consumers, periodic jobs); on
 * /metrics so tests prove batching (no N+1) without the background's statements in the count.
 */
const statements = new Counter({
  name: 'sql_statements_total',
  help: 'SQL statements sent by this process, by source (request or background)',
  labelNames: ['source'],
  registers: [metricsRegistry],
});

export function countStatement(sql: string): string {
  statements.inc({ source: WaitBudget.current() ? 'request' : 'background' });
  return sql;
}
