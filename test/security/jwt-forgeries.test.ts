import { createHmac, randomUUID } from 'node:crypto';
import { exportJWK, generateKeyPair, importJWK, SignJWT, type JWK } from 'jose';
import { leaks, postJson, registerUser, stackUrls, wsClient, type TestUser } from '../support/index.js';

const realKey = () => (JSON.parse(stackUrls().signingKeys) as JWK[])[0]!;
const b64 = (value: unknown) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');
const now = () => Math.floor(Date.now() / 1000);

let customer: TestUser;
let publicJwks: { keys: JWK[] };
beforeAll(async () => {
  customer = await registerUser();
  publicJwks = (await (await fetch(`${stackUrls().subgraphs.users}/.well-known/jwks.json`)).json()) as { keys: JWK[] };
});

/** Claims of an admin: what every forgery tries to become. */
const adminClaims = () => ({ sub: customer.id, role: 'ADMIN', iss: 'boxoffice', aud: 'boxoffice-api', iat: now(), exp: now() + 300 });

async function signed(header: Record<string, unknown>, claims: Record<string, unknown>, key: JWK): Promise<string> {
  return new SignJWT(claims).setProtectedHeader({ alg: 'ES256', ...header }).sign(await importJWK(key, 'ES256'));
}

async function attackerKey(): Promise<{ privateJwk: JWK; publicJwk: JWK }> {
  const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
  return { privateJwk: await exportJWK(privateKey), publicJwk: await exportJWK(publicKey) };
}

const forgeries: Array<[string, () => Promise<string>]> = [
  ['alg none', async () => `${b64({ alg: 'none', typ: 'JWT' })}.${b64(adminClaims())}.`],
  ['HS256 signed with the public key as the secret', async () => {
    const header = b64({ alg: 'HS256', typ: 'JWT', kid: realKey().kid });
    const payload = b64(adminClaims());
    const secret = JSON.stringify(publicJwks.keys[0]);
    return `${header}.${payload}.${createHmac('sha256', secret).update(`${header}.${payload}`).digest('base64url')}`;
  }],
  ['an unknown kid', async () => signed({ kid: randomUUID() }, adminClaims(), (await attackerKey()).privateJwk)],
  ['a path as kid', async () => signed({ kid: '../../../../dev/null' }, adminClaims(), (await attackerKey()).privateJwk)],
  ['an embedded jwk of the attacker', async () => {
    const { privateJwk, publicJwk } = await attackerKey();
    return signed({ jwk: publicJwk }, adminClaims(), privateJwk);
  }],
  ['a jku pointing at the attacker', async () => {
    const { privateJwk } = await attackerKey();
    return signed({ jku: 'http://127.0.0.1:9/jwks.json', kid: randomUUID() }, adminClaims(), privateJwk);
  }],
  ['expired, with the real key', async () => signed({ kid: realKey().kid }, { ...adminClaims(), role: 'CUSTOMER', exp: now() - 60 }, realKey())],
  ['a wrong audience, with the real key', async () => signed({ kid: realKey().kid }, { ...adminClaims(), role: 'CUSTOMER', aud: 'another-api' }, realKey())],
  ['a tampered role in a real token', async () => {
    const [header, payload, signature] = customer.token.split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString());
    return `${header}.${b64({ ...claims, role: 'ADMIN' })}.${signature}`;
  }],
];

describe('forged access tokens are UNAUTHENTICATED (HTTP 401) at the gateway', () => {
  it.each(forgeries)('%s', async (_name, forge) => {
    const response = await postJson(stackUrls().gateway, { query: `{ users(first: 1) { totalCount } }` }, { authorization: `Bearer ${await forge()}` });
    expect({ status: response.status, code: response.json?.errors?.[0]?.extensions?.code }).toEqual({ status: 401, code: 'UNAUTHENTICATED' });
    expect(response.json?.data ?? null).toBeNull();
    expect(leaks(response.text)).toEqual([]);
  });
});

describe('forged access tokens cannot open a websocket', () => {
  it.each(forgeries.slice(0, 3))('%s', async (_name, forge) => {
    const client = wsClient(await forge());
    try {
      const outcome = await new Promise<string>((resolve) => {
        client.subscribe(
          { query: `subscription($id: ID!) { bookingUpdated(id: $id) { id } }`, variables: { id: randomUUID() } },
          { next: () => resolve('data'), error: (error) => resolve(`closed ${(error as { code?: number }).code ?? ''}`), complete: () => resolve('complete') },
        );
      });
      expect(outcome).toMatch(/^closed 44\d\d$/);
    } finally {
      await client.dispose();
    }
  });
});
