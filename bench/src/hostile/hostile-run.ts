import { ABUSES, type HostileTarget } from './abuses.js';
import { DOCUMENTED_CLOSE_CODES, DOCUMENTED_CODES } from './documented-codes.js';
import { leaks } from './leaks.js';
import type { Observation } from './transport.js';

export interface HostileReport {
  requests: number;
  kinds: number;
  /** Responses with an HTTP status of 500 or more. */
  serverErrors: number;
  /** `kind: problem` for every response that broke a rule, at most a few per kind. */
  problems: string[];
  /** Milliseconds the gateway took to answer a normal query after the run. */
  normalQueryMs: number;
}

/** The rules every answer to a hostile request keeps; returns what it broke. */
export function judge(observation: Observation): string[] {
  const problems: string[] = [];
  if (observation.status !== undefined && observation.status >= 500) problems.push(`HTTP ${observation.status}`);
  for (const leak of leaks(observation.text)) problems.push(`leaks ${leak}`);
  if (observation.closeCode !== undefined && !DOCUMENTED_CLOSE_CODES.has(observation.closeCode)) problems.push(`closed with ${observation.closeCode}`);
  const bodies = observation.transport === 'ws' ? observation.text.split('\n').filter(Boolean) : [observation.text];
  for (const body of bodies) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      problems.push(`not JSON: ${body.slice(0, 80)}`);
      continue;
    }
    const errors = errorsIn(parsed);
    if (observation.status !== undefined && observation.status >= 400 && errors.length === 0) problems.push(`HTTP ${observation.status} without errors`);
    for (const error of errors) {
      const code = (error as { extensions?: { code?: unknown } })?.extensions?.code;
      if (typeof code !== 'string' || !DOCUMENTED_CODES.has(code)) problems.push(`undocumented code ${String(code)}`);
    }
  }
  return problems;
}

/** GraphQL errors of an HTTP body or of a graphql-ws `error`/`next` message. */
function errorsIn(body: unknown): unknown[] {
  if (typeof body !== 'object' || body === null) return [];
  const message = body as { type?: string; payload?: unknown; errors?: unknown };
  if (message.type === 'error') return Array.isArray(message.payload) ? message.payload : [message.payload];
  if (message.type === 'next') return errorsIn(message.payload);
  return Array.isArray(message.errors) ? message.errors : [];
}

/**
 * Sends `requests` hostile requests, every kind of `ABUSES` in turn, `concurrency` at a time,
 * judges each answer, then times a normal query.
 */
export async function runHostile(target: HostileTarget, requests: number, concurrency: number): Promise<HostileReport> {
  const problemsByKind = new Map<string, string[]>();
  let serverErrors = 0;
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < requests) {
        const n = next++;
        const abuse = ABUSES[n % ABUSES.length]!;
        let problems: string[];
        try {
          const observation = await abuse.send(target, Math.floor(n / ABUSES.length));
          if (observation.status !== undefined && observation.status >= 500) serverErrors += 1;
          problems = judge(observation);
        } catch (error) {
          problems = [`request failed: ${(error as Error).message}`];
        }
        if (problems.length === 0) continue;
        const known = problemsByKind.get(abuse.name) ?? [];
        if (known.length < 3) known.push(...problems);
        problemsByKind.set(abuse.name, known);
      }
    }),
  );
  const started = performance.now();
  const response = await fetch(target.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ events(first: 1) { totalCount } }' }) });
  const body = (await response.json()) as { errors?: unknown };
  const normalQueryMs = performance.now() - started;
  if (body.errors) problemsByKind.set('normal query afterwards', [JSON.stringify(body.errors)]);
  return {
    requests,
    kinds: ABUSES.length,
    serverErrors,
    problems: [...problemsByKind].flatMap(([kind, problems]) => problems.map((problem) => `${kind}: ${problem}`)),
    normalQueryMs,
  };
}
