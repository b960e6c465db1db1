import { readFileSync } from 'node:fs';
import { buildSchema, parse } from 'graphql';
import { assessOperation, type OperationLimits } from '../../src/limits/operation-analysis.js';

const schema = buildSchema(readFileSync(new URL('../../../schema/contract.graphql', import.meta.url), 'utf8'));
const limits: OperationLimits = { maxSelections: 2_000, maxDepth: 12, maxCost: 50_000 };

const assess = (query: string, variables?: Record<string, unknown>, operationName?: string, custom = limits) =>
  assessOperation({ document: parse(query), schema, variables, operationName }, custom);
const cost = (query: string, variables?: Record<string, unknown>) => {
  const verdict = assess(query, variables, undefined, { maxSelections: Infinity, maxDepth: Infinity, maxCost: Infinity });
  if (!verdict.allowed) throw verdict.error;
  return verdict.measure.cost;
};
const refusedWith = (query: string, variables?: Record<string, unknown>, operationName?: string) => {
  const verdict = assess(query, variables, operationName);
  return verdict.allowed ? undefined : verdict.error.extensions.code;
};

/** `depth` fragments where each spreads the one below twice: 2^depth leaves from a few lines. */
function spreadBomb(depth: number): string {
  const fragments = [`fragment F0 on Venue { name }`];
  for (let i = 1; i <= depth; i++) fragments.push(`fragment F${i} on Venue { ...F${i - 1} ...F${i - 1} }`);
  return `query { venue(id: "x") { ...F${depth} } } ${fragments.join(' ')}`;
}

describe('operation cost', () => {
  it('counts every field once, and multiplies paged lists by `first` (default 20)', () => {
    expect(cost(`{ me { id name } }`)).toBe(3);
    expect(cost(`{ events(first: 10) { nodes { id title } } }`)).toBe(1 + 10 * 3);
    expect(cost(`{ events { nodes { id } } }`)).toBe(1 + 20 * 2);
    expect(cost(`query($n: Int) { events(first: $n) { totalCount } }`, { n: 7 })).toBe(1 + 7);
    expect(cost(`query($n: Int = 3) { events(first: $n) { totalCount } }`)).toBe(1 + 3);
  });

  it('counts a `first` that is not a number as the largest page, never as nothing', () => {
    expect(cost(`query($n: Int) { events(first: $n) { totalCount } }`, { n: 'many' })).toBe(1 + 100);
  });

  it('counts unpaged lists by their real bound: sections, seats, seats of a hold', () => {
    expect(cost(`{ venue(id: "v") { sections { name } } }`)).toBe(1 + 1 + 50 * 1);
    expect(cost(`{ seatAvailability(eventId: "e") { seats { state } } }`)).toBe(1 + 1 + 5_000);
    expect(cost(`{ booking(id: "b") { seats { id } } }`)).toBe(1 + 1 + 10);
  });

  it('caps the seats of one venue once, however many of its sections list them', () => {
    // 50 section names, and at most 5,000 seats over all sections of the venue.
    expect(cost(`{ venue(id: "v") { sections { name seats { id } } } }`)).toBe(1 + 1 + 50 * (1 + 1) + 5_000);
  });

  it('prices the seat map inside the seat map as what it is: millions', () => {
    const recursive = `{ venue(id: "v") { sections { seats { section { seats { section { seats { id } } } } } } } }`;
    expect(cost(recursive)).toBeGreaterThan(1e10);
    expect(refusedWith(recursive)).toBe('QUERY_TOO_COMPLEX');
  });

  it('lets a whole seat map of the largest venue through with the default limit', () => {
    expect(refusedWith(`{ venue(id: "v") { id sections { id name seats { id label row number } } } }`)).toBeUndefined();
    expect(refusedWith(`{ seatAvailability(eventId: "e") { seats { seat { id label } state } } }`)).toBeUndefined();
  });

  it('refuses page sizes that multiply into too much work', () => {
    expect(refusedWith(`{ events(first: 100) { nodes { venue { events(first: 100) { nodes { title prices { priceCents } } } } } } }`)).toBe('QUERY_TOO_COMPLEX');
  });
});

describe('fragments', () => {
  it('cost and depth of a spread are its fragment’s, as if written out', () => {
    const inline = `{ venue(id: "v") { sections { name seats { id } } } }`;
    const spread = `{ venue(id: "v") { ...V } } fragment V on Venue { sections { ...S } } fragment S on Section { name seats { id } }`;
    expect(cost(spread)).toBe(cost(inline));
    const fromInline = assess(inline);
    const fromSpread = assess(spread);
    expect(fromInline.allowed && fromSpread.allowed && fromSpread.measure.depth).toBe(fromInline.allowed && fromInline.measure.depth);
  });

  it('analyses a 2^30 spread bomb in linear time and refuses it', () => {
    const started = performance.now();
    expect(refusedWith(spreadBomb(30))).toBe('QUERY_TOO_COMPLEX');
    expect(cost(spreadBomb(30))).toBe(1 + 2 ** 30);
    expect(performance.now() - started).toBeLessThan(200);
  });

  it('refuses fragment cycles and unknown fragments as validation failures, without looping', () => {
    expect(refusedWith(`{ venue(id: "v") { ...A } } fragment A on Venue { ...B } fragment B on Venue { ...A }`)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(refusedWith(`{ venue(id: "v") { ...Missing } }`)).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

describe('size and depth', () => {
  it('refuses documents with more selections than the budget before analysing them', () => {
    const padded = `{ ${Array.from({ length: 2_001 }, (_, i) => `a${i}: __typename`).join(' ')} }`;
    expect(refusedWith(padded)).toBe('DOCUMENT_TOO_LARGE');
  });

  it('counts padding toward the cost: aliases cannot dilute it', () => {
    const base = `events(first: 100) { nodes { venue { sections { name } } } }`;
    const padding = Array.from({ length: 1_000 }, (_, i) => `p${i}: __typename`).join(' ');
    expect(cost(`{ ${base} ${padding} }`)).toBe(cost(`{ ${base} }`) + 1_000);
  });

  it('refuses operations nested deeper than the limit, introspection aside', () => {
    // Depth 1 + 3 per level: 10 passes, 13 is refused.
    const nest = (levels: number) => `{ me { ${'organizedEvents { nodes { organizer { '.repeat(levels)} id ${'} } } '.repeat(levels)} } }`;
    expect(refusedWith(nest(3))).toBeUndefined();
    expect(refusedWith(nest(4))).toBe('QUERY_TOO_DEEP');
  });

  it('serves the standard introspection query but refuses introspection lists nested in circles', () => {
    const standard = `{ __schema { types { name fields { name args { name type { name ofType { name ofType { name ofType { name } } } } } } } } }`;
    expect(refusedWith(standard)).toBeUndefined();
    expect(refusedWith(`{ __type(name: "Query") { fields { type { fields { type { fields { type { fields { name } } } } } } } } }`)).toBe('QUERY_TOO_DEEP');
  });
});

describe('requests that name no runnable operation', () => {
  it('is BAD_REQUEST for an unknown operationName or a missing one among several', () => {
    expect(refusedWith(`query A { me { id } }`, undefined, 'B')).toBe('BAD_REQUEST');
    expect(refusedWith(`query A { me { id } } query B { me { id } }`)).toBe('BAD_REQUEST');
    expect(refusedWith(`query A { me { id } } query B { me { id } }`, undefined, 'B')).toBeUndefined();
  });
});
