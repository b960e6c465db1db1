/** Counts SQL statements sent by this process; exposed on /metrics to prove batching (no N+1). */
let statements = 0;

export function countStatement(sql: string): string {
  statements += 1;
  return sql;
}

export function sqlStatementCount(): number {
  return statements;
}
