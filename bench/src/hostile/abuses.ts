import { createHash, createHmac, randomUUID } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { frame, postJson, sendHttp, sendWs, type Observation } from './transport.js';

export interface HostileTarget {
  /** The gateway's GraphQL endpoint (http://…/graphql). */
  gatewayUrl: string;
  /** Every subgraph's GraphQL endpoint. */
  subgraphUrls: string[];
}

/** One kind of abuse; `send` performs it once (request `n` of its kind). */
export interface Abuse {
  name: string;
  send(target: HostileTarget, n: number): Promise<Observation>;
}

const json = { 'content-type': 'application/json' };
const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const inAMinute = () => Math.floor(Date.now() / 1000) + 60;
const adminClaims = () => ({ sub: randomUUID(), role: 'ADMIN', iss: 'boxoffice', aud: 'boxoffice-api', exp: inAMinute() });
const wsUrl = (target: HostileTarget) => target.gatewayUrl.replace(/^http/, 'ws');
const subgraph = (target: HostileTarget, n: number) => target.subgraphUrls[n % target.subgraphUrls.length]!;
const gql = (query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) => (target: HostileTarget) =>
  postJson(target.gatewayUrl, { query, variables }, headers);

/** Builds a large payload once and hands out the same one every time. */
function once<T>(build: () => T): () => T {
  let built: T | undefined;
  return () => (built ??= build());
}

const OVERSIZED_BODY = once(() => JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(1_100_000) } }));
const GZIP_BOMB = once(() => gzipSync(JSON.stringify({ query: '{ __typename }', variables: { pad: ' '.repeat(3_000_000) } })));
const OVERSIZED_MESSAGE = once(() => JSON.stringify({ type: 'subscribe', id: '1', payload: { query: '{ __typename }', variables: { pad: 'x'.repeat(1_100_000) } } }));
const TOKEN_FLOOD = once(() => JSON.stringify({ query: `{ ${'__typename '.repeat(90_000)}}` }));

function spreadBomb(depth: number): string {
  const fragments = [`fragment F0 on Venue { name }`];
  for (let i = 1; i <= depth; i++) fragments.push(`fragment F${i} on Venue { ...F${i - 1} ...F${i - 1} }`);
  return `query { venue(id: "${randomUUID()}") { ...F${depth} } } ${fragments.join(' ')}`;
}
const EXPENSIVE = `events(first: 100) { nodes { venue { events(first: 100) { nodes { title prices { priceCents } } } } } }`;
const aliases = (count: number) => Array.from({ length: count }, (_, i) => `p${i}: __typename`).join(' ');
const SEAT_MAP_IN_SEAT_MAP = `query($id: ID!) { venue(id: $id) { sections { seats { section { seats { section { seats { id } } } } } } } }`;
const DEEP = `{ me { ${'organizedEvents { nodes { organizer { '.repeat(6)} id ${'} } } '.repeat(6)} } }`;

/** The kinds of abuse a hostile client tries, over HTTP (gateway and subgraphs) and websockets. */
export const ABUSES: Abuse[] = [
  { name: 'malformed JSON', send: (t) => sendHttp(t.gatewayUrl, '{"query": "{ __typename }"', json) },
  { name: 'null body', send: (t) => sendHttp(t.gatewayUrl, 'null', json) },
  { name: 'body over 1 MB', send: (t) => sendHttp(t.gatewayUrl, OVERSIZED_BODY(), json) },
  { name: 'unsupported charset', send: (t) => sendHttp(t.gatewayUrl, '{"query":"{ __typename }"}', { 'content-type': 'application/json; charset=koi8-r' }) },
  { name: 'unknown Content-Encoding', send: (t) => sendHttp(t.gatewayUrl, '{"query":"{ __typename }"}', { ...json, 'content-encoding': 'bogus' }) },
  { name: 'gzip bomb', send: (t) => sendHttp(t.gatewayUrl, GZIP_BOMB(), { ...json, 'content-encoding': 'gzip' }) },
  { name: '90,000 sibling fields', send: (t) => sendHttp(t.gatewayUrl, TOKEN_FLOOD(), json) },
  { name: 'cost padded with cheap aliases', send: gql(`{ ${EXPENSIVE} ${aliases(1_500)} }`) },
  { name: '10,000 aliases', send: gql(`{ ${EXPENSIVE} ${aliases(10_000)} }`) },
  { name: 'fragment spread bomb', send: (t) => postJson(t.gatewayUrl, { query: spreadBomb(30) }) },
  { name: 'seat map inside a seat map', send: (t) => postJson(t.gatewayUrl, { query: SEAT_MAP_IN_SEAT_MAP, variables: { id: randomUUID() } }) },
  { name: 'nesting too deep', send: gql(DEEP) },
  { name: 'unknown operationName', send: (t) => postJson(t.gatewayUrl, { query: 'query A { __typename }', operationName: 'B' }) },
  { name: 'fragment cycle', send: gql(`{ me { ...A } } fragment A on User { ...B } fragment B on User { ...A }`) },
  { name: 'unknown fragment', send: gql(`{ me { ...Missing } }`) },
  { name: 'persisted query hash mismatch', send: (t) => postJson(t.gatewayUrl, { query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: sha256('x') } } }) },
  { name: 'persisted query unknown hash', send: (t, n) => postJson(t.gatewayUrl, { extensions: { persistedQuery: { version: 1, sha256Hash: sha256(`${n}`) } } }) },
  { name: 'persisted query version 2', send: (t) => postJson(t.gatewayUrl, { query: '{ __typename }', extensions: { persistedQuery: { version: 2, sha256Hash: sha256('{ __typename }') } } }) },
  { name: 'JWT with alg none', send: gql('{ me { id } }', {}, { authorization: `Bearer ${b64({ alg: 'none' })}.${b64(adminClaims())}.` }) },
  {
    name: 'JWT HS256-signed with a public key',
    send: (t) => {
      const signingInput = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64(adminClaims())}`;
      const signature = createHmac('sha256', '{"kty":"EC","crv":"P-256"}').update(signingInput).digest('base64url');
      return gql('{ users(first: 1) { totalCount } }', {}, { authorization: `Bearer ${signingInput}.${signature}` })(t);
    },
  },
  { name: 'garbage Authorization header', send: gql('{ me { id } }', {}, { authorization: 'Basic ' + 'A'.repeat(4_000) }) },
  { name: 'query that is not a string', send: (t) => postJson(t.gatewayUrl, { query: { $ne: null } }) },
  { name: 'mistyped variables', send: gql('query($first: Int) { events(first: $first) { totalCount } }', { first: 'many' }) },
  { name: 'page size far too large', send: gql('{ events(first: 1000000000) { nodes { id title } } }') },
  { name: 'negative page size', send: gql('{ events(first: -5) { totalCount } }') },
  { name: 'unknown field', send: gql('{ secrets { password } }') },
  { name: 'mutation over GET', send: (t) => sendHttp(`${t.gatewayUrl}?query=${encodeURIComponent('mutation { logout(refreshToken: "x") }')}`, undefined, { 'apollo-require-preflight': '1' }, 'GET') },
  { name: 'batched operations', send: (t) => postJson(t.gatewayUrl, [{ query: '{ __typename }' }, { query: '{ __typename }' }]) },
  { name: 'NUL character in a search', send: gql('query($s: String) { venues(filter: { search: $s }) { totalCount } }', { s: 'a\u0000b' }) },
  { name: 'well-formed junk cursor', send: gql('query($a: String) { events(after: $a) { totalCount } }', { a: Buffer.from('["x","y"]').toString('base64url') }) },
  { name: 'far-future DateTime', send: gql('{ events(filter: { startsAfter: "+275760-09-13T00:00:00Z" }) { totalCount } }') },
  { name: 'SQL in an id', send: gql(`query($id: ID!) { venue(id: $id) { id } event(id: $id) { id } }`, { id: "1' OR '1'='1'; --" }) },
  {
    // From addresses of its own, so the run never throttles anybody else's logins.
    name: 'wrong password',
    send: (t, n) =>
      gql('mutation($input: LoginInput!) { login(input: $input) { accessToken } }', { input: { email: `${randomUUID()}@example.test`, password: 'guess' } }, { 'x-forwarded-for': `198.18.${n % 250}.${(n >> 8) % 250}` })(t),
  },
  { name: 'unknown route', send: (t) => sendHttp(t.gatewayUrl.replace(/\/graphql$/, '/admin'), undefined, {}, 'GET') },
  { name: 'subgraph: malformed JSON', send: (t, n) => sendHttp(subgraph(t, n), '{"query":', json) },
  { name: 'subgraph: body over 1 MB', send: (t, n) => sendHttp(subgraph(t, n), OVERSIZED_BODY(), json) },
  { name: 'subgraph: unsigned _entities', send: (t, n) => postJson(subgraph(t, n), { query: 'query($r: [_Any!]!) { _entities(representations: $r) { __typename } }', variables: { r: [{ __typename: 'Payment', id: randomUUID() }] } }) },
  {
    name: 'subgraph: forged signature',
    send: (t, n) =>
      postJson(subgraph(t, n), { query: '{ __typename }' }, { 'x-boxoffice-timestamp': String(Date.now()), 'x-boxoffice-body-sha256': sha256('{}'), 'x-boxoffice-signature': sha256('forged') }),
  },
  { name: 'websocket: malformed message', send: (t) => sendWs(wsUrl(t), ['{not json']) },
  { name: 'websocket: subscribe before init', send: (t) => sendWs(wsUrl(t), [frame.subscribe('1', '{ __typename }')]) },
  { name: 'websocket: forged token', send: (t) => sendWs(wsUrl(t), [frame.init(`Bearer ${b64({ alg: 'none' })}.${b64(adminClaims())}.`)]) },
  { name: 'websocket: repeated init', send: (t) => sendWs(wsUrl(t), [frame.init(), frame.init()]) },
  { name: 'websocket: syntax error', send: (t) => sendWs(wsUrl(t), [frame.init(), frame.subscribe('1', '{ nope')]) },
  { name: 'websocket: query that fails', send: (t) => sendWs(wsUrl(t), [frame.init(), frame.subscribe('1', '{ users(first: 1) { totalCount } }')]) },
  { name: 'websocket: spread bomb', send: (t) => sendWs(wsUrl(t), [frame.init(), frame.subscribe('1', spreadBomb(30))]) },
  { name: 'websocket: message over 1 MB', send: (t) => sendWs(wsUrl(t), [frame.init(), OVERSIZED_MESSAGE()]) },
];
