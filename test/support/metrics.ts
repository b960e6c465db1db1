import type { SubgraphName } from '@boxoffice/platform';
import { stackUrls } from './stack-env.js';

/** One sample of a service's `/metrics` (`name{labels} value`, labels as Prometheus prints them); undefined when absent. */
export async function metricSample(origin: string, name: string, labels = ''): Promise<number | undefined> {
  const text = await (await fetch(`${origin}/metrics`)).text();
  const line = text.split('\n').find((candidate) => candidate.startsWith(labels ? `${name}{` : `${name} `) && labels.split(',').every((label) => candidate.includes(label)));
  return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(' ') + 1));
}

/** Number of SQL statements a subgraph has sent so far serving GraphQL requests (its /metrics counter). */
export async function sqlStatements(subgraph: SubgraphName): Promise<number> {
  return Number(await metricSample(stackUrls().subgraphs[subgraph], 'sql_statements_total', 'source="request"'));
}
