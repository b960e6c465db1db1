import { gzipSync } from 'node:zlib';
import { SUBGRAPH_NAMES } from '@boxoffice/platform';
import { leaks, sendAsGateway, sendRaw, stackUrls, type RawResponse } from '../support/index.js';

/** The gateway and every subgraph: each answers HTTP-level failures the same way. */
const servers = (): Array<[string, string]> => [
  ['gateway', stackUrls().gateway],
  ...Object.entries(stackUrls().subgraphs).map(([name, origin]): [string, string] => [name, `${origin}/graphql`]),
];
const SERVER_NAMES = ['gateway', ...SUBGRAPH_NAMES];
const urlOf = (name: string) => servers().find(([server]) => server === name)![1];
const json = { 'content-type': 'application/json' };
/** To the gateway as any client; to a subgraph as the gateway (signed), so the body is what fails. */
const send = (name: string, body: string | Uint8Array, headers: Record<string, string>) =>
  name === 'gateway' ? sendRaw(urlOf(name), body, headers) : sendAsGateway(urlOf(name), body, headers);

function expectJsonError(response: RawResponse, status: number, code: string) {
  expect({ status: response.status, code: response.json?.errors?.[0]?.extensions?.code }).toEqual({ status, code });
  expect(response.contentType).toMatch(/^application\/json/);
  expect(leaks(response.text)).toEqual([]);
}

describe.each(SERVER_NAMES)('%s answers HTTP-level failures with JSON and a code', (name) => {
  it('an unsigned request is 401 UNAUTHENTICATED at a subgraph, served at the gateway', async () => {
    const response = await sendRaw(urlOf(name), '{"query":"{ __typename }"}', json);
    if (name === 'gateway') expect(response.json?.data).toEqual({ __typename: 'Query' });
    else expectJsonError(response, 401, 'UNAUTHENTICATED');
  });

  it('malformed JSON is 400 BAD_REQUEST', async () => {
    expectJsonError(await send(name, '{"query": "{ __typename }"', json), 400, 'BAD_REQUEST');
  });

  it('a null body is 400 BAD_REQUEST', async () => {
    expectJsonError(await send(name, 'null', json), 400, 'BAD_REQUEST');
  });

  it('a body over 1 MB is 413 PAYLOAD_TOO_LARGE', async () => {
    const body = JSON.stringify({ query: '{ __typename }', variables: { padding: 'x'.repeat(1_100_000) } });
    expectJsonError(await send(name, body, json), 413, 'PAYLOAD_TOO_LARGE');
  });

  it('an unsupported charset is 415 UNSUPPORTED_MEDIA_TYPE', async () => {
    const response = await send(name, '{"query":"{ __typename }"}', { 'content-type': 'application/json; charset=koi8-r' });
    expectJsonError(response, 415, 'UNSUPPORTED_MEDIA_TYPE');
  });

  it('an unknown Content-Encoding is 415 UNSUPPORTED_MEDIA_TYPE', async () => {
    const response = await send(name, '{"query":"{ __typename }"}', { ...json, 'content-encoding': 'bogus' });
    expectJsonError(response, 415, 'UNSUPPORTED_MEDIA_TYPE');
  });

  it('a gzip bomb is refused by its inflated size', async () => {
    const bomb = gzipSync(Buffer.from(JSON.stringify({ query: '{ __typename }', variables: { padding: ' '.repeat(5_000_000) } })));
    expectJsonError(await send(name, bomb, { ...json, 'content-encoding': 'gzip' }), 413, 'PAYLOAD_TOO_LARGE');
  });

  it('an unknown route is 404 NOT_FOUND', async () => {
    expectJsonError(await sendRaw(urlOf(name).replace(/\/graphql$/, '/nope'), undefined, {}, 'GET'), 404, 'NOT_FOUND');
  });
});
