import { randomUUID } from 'node:crypto';
import { createVenue, gql, gqlOk, leaks, postJson, registerUser, stackUrls, type RawResponse } from '../support/index.js';

/** Refusals are HTTP 400 under application/graphql-response+json (see graphql-over-http.test.ts for application/json). */
const GRAPHQL_RESPONSE = { accept: 'application/graphql-response+json' };
const send = (payload: unknown) => postJson(stackUrls().gateway, payload, GRAPHQL_RESPONSE);
const code = (response: RawResponse) => response.json?.errors?.[0]?.extensions?.code;

function expectRefused(response: RawResponse, expected: string) {
  expect({ status: response.status, code: code(response) }).toEqual({ status: 400, code: expected });
  expect(leaks(response.text)).toEqual([]);
}

/** 2^depth spreads of one field from a few hundred bytes. */
function spreadBomb(depth: number): string {
  const fragments = [`fragment F0 on Venue { name }`];
  for (let i = 1; i <= depth; i++) fragments.push(`fragment F${i} on Venue { ...F${i - 1} ...F${i - 1} }`);
  return `query { venue(id: "${randomUUID()}") { ...F${depth} } } ${fragments.join(' ')}`;
}

const expensive = `events(first: 100) { nodes { venue { events(first: 100) { nodes { title prices { priceCents } } } } } }`;

describe('the cost limit', () => {
  it('cannot be switched off by padding the operation with cheap fields', async () => {
    expectRefused(await send({ query: `{ ${expensive} }` }), 'QUERY_TOO_COMPLEX');
    const padding = (count: number) => Array.from({ length: count }, (_, i) => `p${i}: __typename`).join(' ');
    expectRefused(await send({ query: `{ ${expensive} ${padding(1_500)} }` }), 'QUERY_TOO_COMPLEX');
    expectRefused(await send({ query: `{ ${expensive} ${padding(10_000)} }` }), 'DOCUMENT_TOO_LARGE');
  });

  it('counts unpaged lists by their bounds: a seat map inside a seat map is refused', async () => {
    const nested = `{ venue(id: "${randomUUID()}") { sections { seats { section { seats { section { seats { id } } } } } } } }`;
    expectRefused(await send({ query: nested }), 'QUERY_TOO_COMPLEX');
  });

  it('still serves a whole seat map', async () => {
    const organizer = await registerUser('ORGANIZER');
    const venue = await createVenue(organizer);
    const data = await gqlOk(`query($id: ID!) { venue(id: $id) { sections { id name seats { id label row number } } } }`, { id: venue.id });
    expect(data.venue.sections.length).toBe(venue.sections.length);
  });
});

describe('fragment spread bombs', () => {
  it('are measured in linear time and refused without blocking the gateway', async () => {
    const started = performance.now();
    expectRefused(await send({ query: spreadBomb(30) }), 'QUERY_TOO_COMPLEX');
    expect(performance.now() - started).toBeLessThan(1_000);
    expect((await gql(`{ __typename }`)).data).toEqual({ __typename: 'Query' });
  });
});

describe('documents that are too large', () => {
  it('are refused by token count before parsing: 90,000 sibling fields', async () => {
    const started = performance.now();
    expectRefused(await send({ query: `{ ${'__typename '.repeat(90_000)}}` }), 'DOCUMENT_TOO_LARGE');
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('are refused the same way in GET requests', async () => {
    const query = encodeURIComponent(`{ __typename ${'!'.repeat(10_001)} }`);
    const response = await fetch(`${stackUrls().gateway}?query=${query}`, { headers: { 'apollo-require-preflight': 'true', ...GRAPHQL_RESPONSE } });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]!.extensions.code).toBe('DOCUMENT_TOO_LARGE');
  });
});

describe('requests that name no runnable operation', () => {
  it('an unknown operationName, or several operations and none named, is BAD_REQUEST (never OPERATION_RESOLUTION_FAILURE)', async () => {
    expectRefused(await send({ query: `query A { __typename }`, operationName: 'B' }), 'BAD_REQUEST');
    expectRefused(await send({ query: `query A { __typename } query B { __typename }` }), 'BAD_REQUEST');
  });

  it('a fragment cycle or an unknown fragment is GRAPHQL_VALIDATION_FAILED', async () => {
    expectRefused(await send({ query: `{ me { ...A } } fragment A on User { ...B } fragment B on User { ...A }` }), 'GRAPHQL_VALIDATION_FAILED');
    expectRefused(await send({ query: `{ me { ...Missing } }` }), 'GRAPHQL_VALIDATION_FAILED');
  });

  it('an operation that is not a string, or no operation, is BAD_REQUEST', async () => {
    expectRefused(await send({ query: 42 }), 'BAD_REQUEST');
    expectRefused(await send({ variables: {} }), 'BAD_REQUEST');
    expectRefused(await send({ query: '{ __typename }', variables: 'nope' }), 'BAD_REQUEST');
  });
});
