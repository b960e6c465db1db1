import { auditServer } from 'graphql-http';
import { postJson, stackUrls } from '../support/index.js';

const JSON_ONLY = { accept: 'application/json' };
const GRAPHQL_RESPONSE = { accept: 'application/graphql-response+json' };

/**
 * graphql-http's audit of the GraphQL over HTTP spec against the gateway: every MUST and every
 * SHOULD passes (MAYs are left to the server).
 */
describe('GraphQL over HTTP', () => {
  it('passes every MUST and every SHOULD of graphql-http auditServer', async () => {
    const results = await auditServer({ url: stackUrls().gateway });
    const required = results.filter((result) => /^(MUST|SHOULD) /.test(result.name));
    const failed = required.filter((result) => result.status !== 'ok').map((result) => `${result.name}: ${'reason' in result ? result.reason : ''}`);
    expect(failed).toEqual([]);
    expect(required.length).toBeGreaterThan(30);
  });

  it.each([
    ['a document that does not parse', { query: '{' }, 'GRAPHQL_PARSE_FAILED'],
    ['an invalid document', { query: '{ nope }' }, 'GRAPHQL_VALIDATION_FAILED'],
    ['variables that do not coerce', { query: 'query($id: ID!) { event(id: $id) { id } }', variables: { id: { not: 'an id' } } }, 'BAD_USER_INPUT'],
    ['an operation over the cost limit', { query: '{ events(first: 100) { nodes { venue { events(first: 100) { nodes { title prices { priceCents } } } } } } }' }, 'QUERY_TOO_COMPLEX'],
    ['a document over the token limit', { query: `{ ${'__typename '.repeat(10_001)}}` }, 'DOCUMENT_TOO_LARGE'],
  ])('%s: 200 under application/json, 400 under application/graphql-response+json, the same code', async (_case, payload, code) => {
    const plain = await postJson(stackUrls().gateway, payload, JSON_ONLY);
    const strict = await postJson(stackUrls().gateway, payload, GRAPHQL_RESPONSE);
    expect([plain.status, plain.contentType.split(';')[0], plain.json?.errors?.[0]?.extensions?.code]).toEqual([200, 'application/json', code]);
    expect([strict.status, strict.contentType.split(';')[0], strict.json?.errors?.[0]?.extensions?.code]).toEqual([400, 'application/graphql-response+json', code]);
  });

  it('a request that is not GraphQL over HTTP at all stays 400 under application/json', async () => {
    const response = await postJson(stackUrls().gateway, { variables: {} }, JSON_ONLY);
    expect([response.status, response.json?.errors?.[0]?.extensions?.code]).toEqual([400, 'BAD_REQUEST']);
  });
});
