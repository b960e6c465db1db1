import { WaitBudget } from '../util/wait-budget.js';

/**
 * Counts SQL statements sent by this process, apart by whether a GraphQL request sent them (it runs
 * under its WaitBudget) or background work did (outbox relay, consumers, periodic jobs); exposed
 * on /metrics so tests prove batching (no N+1) without the background's statements in the count.
 */
const statements = { request: 0, background: 0 };

export function countStatement(sql: string): string {
  statements[WaitBudget.current() ? 'request' : 'background'] += 1;
  return sql;
}

export function sqlStatementCounts(): Readonly<typeof statements> {
  return statements;
}
