import type { SubgraphName } from '@boxoffice/platform';
import { gqlOk } from './client.js';
import { stackUrls } from './stack-env.js';

/** One sample of a service's `/metrics` (`name{labels} value`, labels as Prometheus prints them); undefined when absent. */
export async function metricSample(origin: string, name: string, labels = ''): Promise<number | undefined> {
  return sampleOf(await (await fetch(`${origin}/metrics`)).text(), name, labels);
}

function sampleOf(text: string, name: string, labels = ''): number | undefined {
  const line = text.split('\n').find((candidate) => candidate.startsWith(labels ? `${name}{` : `${name} `) && labels.split(',').every((label) => candidate.includes(label)));
  return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(' ') + 1));
}

/** A subgraph's GraphQL requests received and SQL statements sent serving them, so far (its /metrics counters). */
async function requestsAndStatements(subgraph: SubgraphName): Promise<{ requests: number; statements: number }> {
  const text = await (await fetch(`${stackUrls().subgraphs[subgraph]}/metrics`)).text();
  return { requests: Number(sampleOf(text, 'graphql_requests_total')), statements: Number(sampleOf(text, 'sql_statements_total', 'source="request"')) };
}

/** Number of SQL statements a subgraph has sent so far serving GraphQL requests. */
export async function sqlStatements(subgraph: SubgraphName): Promise<number> {
  return (await requestsAndStatements(subgraph)).statements;
}

/** Runs after which leastStatements gives up waiting for quiet runs. */
const MAX_RUNS = 40;
/** Quiet runs leastStatements wants of each subgraph. */
const QUIET_RUNS = 3;

/**
 * SQL statements each of `subgraphs` runs for `operation`. Requests of other test files on the
 * same stack (the authorization matrix's, say) add statements now and then, so a run counts for
 * a subgraph only when it received as few requests as in its quietest run; runs go on (at least
 * `runs`, at most MAX_RUNS) until every subgraph had QUIET_RUNS such runs, and the least count
 * among them is the operation's own.
 */
export async function leastStatements<Name extends SubgraphName>(
  subgraphs: readonly Name[],
  operation: () => Promise<void>,
  runs = 8,
): Promise<Record<Name, number>> {
  const seen = subgraphs.map(() => [] as Array<{ requests: number; statements: number }>);
  const quiet = (i: number) => {
    const fewest = Math.min(...seen[i]!.map((run) => run.requests));
    return seen[i]!.filter((run) => run.requests === fewest);
  };
  for (let run = 0; run < MAX_RUNS && (run < runs || subgraphs.some((_, i) => quiet(i).length < QUIET_RUNS)); run++) {
    const before = await Promise.all(subgraphs.map(requestsAndStatements));
    await operation();
    const after = await Promise.all(subgraphs.map(requestsAndStatements));
    subgraphs.forEach((_, i) => seen[i]!.push({ requests: after[i]!.requests - before[i]!.requests, statements: after[i]!.statements - before[i]!.statements }));
  }
  return Object.fromEntries(subgraphs.map((name, i) => [name, Math.min(...quiet(i).map((run) => run.statements))])) as Record<Name, number>;
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
