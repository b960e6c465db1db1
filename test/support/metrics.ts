import type { SubgraphName } from '@boxoffice/platform';
import { gqlOk } from './client.js';
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

/**
 * SQL statements each of `subgraphs` runs for `operation`. Requests of other test files on the same
 * stack add statements now and then, so the least of `runs` runs is the operation's own count.
 */
export async function leastStatements<Name extends SubgraphName>(
  subgraphs: readonly Name[],
  operation: () => Promise<void>,
  runs = 8,
): Promise<Record<Name, number>> {
  const least = Object.fromEntries(subgraphs.map((name) => [name, Infinity])) as Record<Name, number>;
  for (let run = 0; run < runs; run++) {
    const before = await Promise.all(subgraphs.map(sqlStatements));
    await operation();
    const after = await Promise.all(subgraphs.map(sqlStatements));
    subgraphs.forEach((name, i) => (least[name] = Math.min(least[name], after[i]! - before[i]!)));
  }
  return least;
}

/**
 * SQL statements each of `subgraphs` runs (see leastStatements) for `query`, a list of
 * `events(filter: $filter, …)`, over the events whose text holds `tag`, asked by `token`. Every
 * run must list `count` events; `check` may look closer at each answer's events.
 */
export function taggedEventsStatements<Name extends SubgraphName>(
  subgraphs: readonly Name[],
  { query, tag, token, count, check }: { query: string; tag: string; token: string; count: number; check?: (events: any[]) => void },
): Promise<Record<Name, number>> {
  return leastStatements(subgraphs, async () => {
    const events = (await gqlOk(query, { filter: { search: tag } }, token)).events.nodes as any[];
    if (events.length !== count) throw new Error(`expected ${count} events tagged ${tag}, got ${events.length}`);
    check?.(events);
  });
}
