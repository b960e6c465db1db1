import type { SubgraphName } from '@boxoffice/platform';
import { stackUrls } from './stack-env.js';

/** Number of SQL statements a subgraph has sent so far (its /metrics counter). */
export async function sqlStatements(subgraph: SubgraphName): Promise<number> {
  const text = await (await fetch(`${stackUrls().subgraphs[subgraph]}/metrics`)).text();
  return Number(/^sql_statements_total (\d+)$/m.exec(text)?.[1]);
}
