import { randomBytes } from 'node:crypto';
import type { ReceivedSpan } from '@boxoffice/devstack';
import type { SubgraphName } from '@boxoffice/platform';
import { gqlOk } from './client.js';
import { eventually } from './eventually.js';
import { stackUrls } from './stack-env.js';

/** The spans the stack's services exported so far for trace `traceId` (test/support/global-setup.ts's receiver). */
export const traceOf = async (traceId: string): Promise<ReceivedSpan[]> =>
  (await (await fetch(`${stackUrls().traces}/traces/${traceId}`)).json()) as ReceivedSpan[];

/** A new sampled trace as a client starts it: its id, its client span's id, and the `traceparent` header that carries both. */
export function newTrace(): { traceId: string; clientSpanId: string; headers: { traceparent: string } } {
  const [traceId, clientSpanId] = [randomBytes(16).toString('hex'), randomBytes(8).toString('hex')];
  return { traceId, clientSpanId, headers: { traceparent: `00-${traceId}-${clientSpanId}-01` } };
}

const SERVER = 2;

/**
 * Whether trace `spans`, started by the client span `clientSpanId`, has arrived whole: the service
 * the client called shows its request served, every span's parent is there, and every fetch of the
 * gateway shows the subgraph's request served. A service's server span ends after the spans under
 * it and each service exports its spans in the order they end, so none can still be on its way.
 */
function whole(spans: ReceivedSpan[], clientSpanId: string): boolean {
  const ids = new Set([clientSpanId, ...spans.map((span) => span.spanId)]);
  const served = new Set(spans.filter((span) => span.kind === SERVER).map((span) => span.parentSpanId));
  return (
    served.has(clientSpanId) &&
    spans.every((span) => span.parentSpanId !== undefined && ids.has(span.parentSpanId)) &&
    spans.every((span) => span.name !== 'gateway.fetch' || served.has(span.spanId))
  );
}

/** SQL statements (pg spans) each of `services` ran within the trace started by `trace`, once it has arrived whole. */
async function statementsInTrace<Name extends string>({ traceId, clientSpanId }: { traceId: string; clientSpanId: string }, services: readonly Name[]): Promise<Record<Name, number>> {
  const spans = await eventually(async () => {
    const spans = await traceOf(traceId);
    if (!whole(spans, clientSpanId)) throw new Error(`trace ${traceId} has not arrived whole (${spans.length} spans so far)`);
    return spans;
  }, 15_000, 200);
  return Object.fromEntries(services.map((service) => [service, spans.filter((span) => span.service === service && span.name.startsWith('pg.query')).length])) as Record<Name, number>;
}

/**
 * SQL statements each of `subgraphs` runs for `operation`, which must send its requests with
 * `headers`: each run is a trace of its own, so requests of other test files on the same stack
 * never count. The least of `runs` runs, as a first run may fill a cache the others find warm.
 */
export async function leastStatements<Name extends SubgraphName>(
  subgraphs: readonly Name[],
  operation: (headers: { traceparent: string }) => Promise<void>,
  runs = 3,
): Promise<Record<Name, number>> {
  const counts: Array<Record<Name, number>> = [];
  for (let run = 0; run < runs; run++) {
    const trace = newTrace();
    await operation(trace.headers);
    counts.push(await statementsInTrace(trace, subgraphs));
  }
  return Object.fromEntries(subgraphs.map((name) => [name, Math.min(...counts.map((count) => count[name]))])) as Record<Name, number>;
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
  return leastStatements(subgraphs, async (headers) => {
    const events = (await gqlOk(query, { filter: { search: tag } }, token, headers)).events.nodes as any[];
    if (events.length !== count) throw new Error(`expected ${count} events tagged ${tag}, got ${events.length}`);
    check?.(events);
  });
}
