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
/** Longer than the stack's OTEL_BSP_SCHEDULE_DELAY twice over: a trace whose span count held this long has been exported whole. */
const SETTLED_MS = 600;

/**
 * SQL statements (pg spans) each of `services` ran within the trace started by `trace`, read once
 * the service the client called shows its request served (its server span ends after every
 * span it caused) and the trace stopped growing for SETTLED_MS (each service exports on its own).
 */
async function statementsInTrace<Name extends string>({ traceId, clientSpanId }: { traceId: string; clientSpanId: string }, services: readonly Name[]): Promise<Record<Name, number>> {
  let previous = -1;
  const spans = await eventually(async () => {
    const [spans, seen] = [await traceOf(traceId), previous];
    previous = spans.length;
    if (!spans.some((span) => span.kind === SERVER && span.parentSpanId === clientSpanId)) throw new Error(`trace ${traceId}: the request is not served yet`);
    if (spans.length !== seen) throw new Error(`trace ${traceId}: still growing (${spans.length} spans)`);
    return spans;
  }, 15_000, SETTLED_MS);
  return Object.fromEntries(services.map((service) => [service, spans.filter((span) => span.service === service && span.name.startsWith('pg.query')).length])) as Record<Name, number>;
}

/**
 * SQL statements each of `subgraphs` runs for `operation`, which must send its requests with
 * `headers`: each run is a trace of its own, so requests of other test files on the same stack
 * never count. The least of `runs` runs, as a first run may fill a cache the others find warm.
 */
export async function leastStatements<Name extends string>(
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
