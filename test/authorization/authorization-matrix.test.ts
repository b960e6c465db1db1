import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import pLimit from 'p-limit';
import { registerCast, type GraphQLResponse, type TestUser } from '../support/index.js';
import type { Actor, Actors, MatrixRow, Outcome } from './matrix.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const rowFiles = readdirSync(here).filter((file) => file.endsWith('.rows.ts')).sort();
const rows: MatrixRow[] = (await Promise.all(rowFiles.map((file) => import(`./${file}`)))).flatMap((module) => module.rows);

const ACTORS: Actor[] = ['anonymous', 'customer', 'owner', 'otherOrganizer', 'admin'];

/** Cases played at once: every row makes its own fixtures, so cases do not disturb each other (but see `MatrixRow.alone`). */
const CASES_AT_ONCE = 8;

type Played = { result: GraphQLResponse<any> } | { error: unknown };
const played = new Map<MatrixRow, Map<Actor, Promise<Played>>>();

let actors: Actors;
beforeAll(async () => {
  const { customer, organizer: owner, otherOrganizer, admin } = await registerCast();
  actors = { customer, owner, otherOrganizer, admin };
  const play = (row: MatrixRow, actor: Actor) =>
    row.run(callerFor(actor), actors).then((result): Played => ({ result }), (error: unknown): Played => ({ error }));
  // Every case starts here, CASES_AT_ONCE at a time, in the order the tests read them.
  const limit = pLimit(CASES_AT_ONCE);
  for (const row of rows.filter((r) => !r.alone)) played.set(row, new Map(ACTORS.map((actor) => [actor, limit(() => play(row, actor))])));
  // Then the cases that change the actors, once every other case has ended, one after another.
  let previous: Promise<unknown> = Promise.all([...played.values()].flatMap((cases) => [...cases.values()]));
  for (const row of rows.filter((r) => r.alone)) {
    const cases = new Map<Actor, Promise<Played>>();
    for (const actor of ACTORS) {
      const next = previous.then(() => play(row, actor));
      cases.set(actor, next);
      previous = next;
    }
    played.set(row, cases);
  }
});

const callerFor = (actor: Actor): TestUser | undefined => (actor === 'anonymous' ? undefined : actors[actor]);

function firstRootField(data: any): unknown {
  return data ? Object.values(data)[0] : undefined;
}

/** `null` covers nothing visible: null, an empty list, or an empty connection. */
function isEmpty(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (Array.isArray(value)) return value.length === 0;
  const nodes = (value as { nodes?: unknown[] }).nodes;
  return Array.isArray(nodes) && nodes.length === 0;
}

function assertOutcome(result: GraphQLResponse<any>, expected: Outcome, row: MatrixRow): void {
  if (expected === 'ok' || expected === 'null') {
    expect(result.errors).toBeUndefined();
    const value = (row.select ?? firstRootField)(result.data);
    expect(isEmpty(value)).toBe(expected === 'null');
  } else {
    expect(result.errors?.[0]?.extensions?.code).toBe(expected);
  }
}

describe('authorization matrix', () => {
  it('has rows', () => {
    expect(rows.length).toBeGreaterThan(0);
  });

  describe.each(rows.map((row) => [row.operation, row] as const))('%s', (_operation, row) => {
    it.each(ACTORS)('as %s', async (actor) => {
      const outcome = await played.get(row)!.get(actor)!;
      if ('error' in outcome) throw outcome.error;
      assertOutcome(outcome.result, row.expected[actor], row);
    });
  });
});
