import { randomUUID } from 'node:crypto';
import { networkInterfaces } from 'node:os';
import { SIGNATURE_HEADERS, signSubgraphRequest } from '@boxoffice/platform';
import { leaks, sendAsGateway, sendRaw, stackUrls, type RawResponse } from '../support/index.js';

const graphqlOf = (name: keyof ReturnType<typeof stackUrls>['subgraphs']) => `${stackUrls().subgraphs[name]}/graphql`;
const entities = (typename: string) =>
  JSON.stringify({ query: `query($r: [_Any!]!) { _entities(representations: $r) { __typename } }`, variables: { r: [{ __typename: typename, id: randomUUID() }] } });
const json = { 'content-type': 'application/json' };

function expectUnauthenticated(response: RawResponse) {
  expect({ status: response.status, code: response.json?.errors?.[0]?.extensions?.code }).toEqual({ status: 401, code: 'UNAUTHENTICATED' });
  expect(response.json?.data).toBeUndefined();
  expect(leaks(response.text)).toEqual([]);
}

describe('subgraphs answer only the gateway', () => {
  it.each([
    ['payments', 'Payment'],
    ['users', 'User'],
  ] as const)('an unsigned _entities call to %s is 401 UNAUTHENTICATED', async (name, typename) => {
    expectUnauthenticated(await sendRaw(graphqlOf(name), entities(typename), json));
  });

  it('the same call signed by the gateway is served', async () => {
    const response = await sendAsGateway(graphqlOf('payments'), entities('Payment'));
    expect(response.status).toBe(200);
    expect(response.json?.data).toEqual({ _entities: [null] });
  });

  it('refuses a signature made with another secret, a stale one, and one replayed with another body', async () => {
    const url = graphqlOf('payments');
    const body = entities('Payment');
    const sign = (secret: string, signedBody: string, now = Date.now()) => signSubgraphRequest(secret, { method: 'POST', path: '/graphql', body: signedBody }, now);
    expectUnauthenticated(await sendRaw(url, body, { ...json, ...sign('x'.repeat(32), body) }));
    expectUnauthenticated(await sendRaw(url, body, { ...json, ...sign(stackUrls().subgraphSecret, body, Date.now() - 5 * 60_000) }));
    expectUnauthenticated(await sendRaw(url, body, { ...json, ...sign(stackUrls().subgraphSecret, '{"query":"{ __typename }"}') }));
  });

  it('refuses a validly signed GET, which carries no body to check', async () => {
    const url = `${graphqlOf('users')}?query=${encodeURIComponent('{ __typename }')}`;
    const signature = signSubgraphRequest(stackUrls().subgraphSecret, { method: 'GET', path: '/graphql', body: '' });
    expectUnauthenticated(await sendRaw(url, undefined, { ...signature, 'apollo-require-preflight': '1' }, 'GET'));
  });

  it('believes the client address the gateway signed, never X-Forwarded-For', async () => {
    // Failed logins count per client address (LOGIN_ATTEMPTS_PER_IP is 30 in tests): spoofed
    // X-Forwarded-For values do not spread them over many addresses.
    const address = `203.0.113.${Math.floor(Math.random() * 250) + 1}`;
    const attempt = (n: number) =>
      sendAsGateway(
        graphqlOf('users'),
        JSON.stringify({ query: `mutation($i: LoginInput!) { login(input: $i) { accessToken } }`, variables: { i: { email: `${randomUUID()}@example.test`, password: 'wrong guess' } } }),
        { 'x-forwarded-for': `198.51.100.${n % 250}` },
        address,
      );
    const codes: unknown[] = [];
    for (let n = 0; n < 31; n++) codes.push((await attempt(n)).json?.errors?.[0]?.extensions?.code);
    expect(codes.slice(0, 30).every((code) => code === 'UNAUTHENTICATED')).toBe(true);
    expect(codes[30]).toBe('RATE_LIMITED');
  });

  it('listen on loopback only, by default', async () => {
    const external = Object.values(networkInterfaces()).flat().find((address) => address && address.family === 'IPv4' && !address.internal);
    const port = new URL(stackUrls().subgraphs.users).port;
    expect((await fetch(`http://127.0.0.1:${port}/health/live`)).status).toBe(200);
    if (external) await expect(fetch(`http://${external.address}:${port}/health/live`)).rejects.toThrow();
  });
});

describe('the signature', () => {
  it('covers the client address: changing it breaks the signature', async () => {
    const body = entities('User');
    const signature = signSubgraphRequest(stackUrls().subgraphSecret, { method: 'POST', path: '/graphql', body, clientAddress: '192.0.2.1' });
    expectUnauthenticated(await sendRaw(graphqlOf('users'), body, { ...json, ...signature, [SIGNATURE_HEADERS.clientAddress]: '192.0.2.2' }));
  });
});
