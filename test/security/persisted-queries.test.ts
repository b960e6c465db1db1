import { createHash } from 'node:crypto';
import { leaks, postJson, stackUrls, type RawResponse } from '../support/index.js';

const query = `{ __typename }`;
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const send = (payload: unknown) => postJson(stackUrls().gateway, payload);

function expectError(response: RawResponse, status: number, code: string) {
  expect({ status: response.status, code: response.json?.errors?.[0]?.extensions?.code }).toEqual({ status, code });
  expect(leaks(response.text)).toEqual([]);
}

describe('persisted queries', () => {
  it('an unknown hash is PERSISTED_QUERY_NOT_FOUND', async () => {
    const response = await send({ extensions: { persistedQuery: { version: 1, sha256Hash: sha256(`{ __typename } # ${Math.random()}`) } } });
    expect(response.json?.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });

  it('a hash that does not match the query is BAD_REQUEST, not INTERNAL_SERVER_ERROR', async () => {
    expectError(await send({ query, extensions: { persistedQuery: { version: 1, sha256Hash: sha256('something else') } } }), 400, 'BAD_REQUEST');
  });

  it('an unsupported version is BAD_REQUEST', async () => {
    expectError(await send({ query, extensions: { persistedQuery: { version: 2, sha256Hash: sha256(query) } } }), 400, 'BAD_REQUEST');
  });

  it('a registered query runs by its hash alone', async () => {
    const unique = `{ __typename } # ${Math.random()}`;
    const persistedQuery = { version: 1, sha256Hash: sha256(unique) };
    expect((await send({ query: unique, extensions: { persistedQuery } })).json?.data).toEqual({ __typename: 'Query' });
    expect((await send({ extensions: { persistedQuery } })).json?.data).toEqual({ __typename: 'Query' });
  });
});
