import { randomUUID } from 'node:crypto';
import { SignJWT, decodeProtectedHeader, decodeJwt, exportJWK, generateKeyPair, importJWK, type JWK } from 'jose';
import { errorCode, gql, registerUser, sendAsGateway, stackUrls, type GraphQLResponse } from '../../../test/support/index.js';

const signingKey = () => (JSON.parse(stackUrls().signingKeys) as JWK[])[0]!;

async function mint(claims: { sub: string; role: string }, options: { key?: JWK; kid?: string; aud?: string; iss?: string; exp?: number } = {}) {
  const key = options.key ?? signingKey();
  return new SignJWT({ role: claims.role })
    .setProtectedHeader({ alg: 'ES256', kid: options.kid ?? key.kid! })
    .setSubject(claims.sub)
    .setIssuer(options.iss ?? 'boxoffice')
    .setAudience(options.aud ?? 'boxoffice-api')
    .setIssuedAt()
    .setExpirationTime(options.exp ?? Math.floor(Date.now() / 1000) + 300)
    .sign(await importJWK(key, 'ES256'));
}

const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

async function meWith(token: string): Promise<{ status: number; body: GraphQLResponse<any> }> {
  const response = await fetch(stackUrls().gateway, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: '{ me { id } }' }),
  });
  return { status: response.status, body: (await response.json()) as GraphQLResponse<any> };
}

describe('access tokens', () => {
  it('are ES256 JWTs with a kid, issuer, audience, subject, role and a 15 minute lifetime', async () => {
    const user = await registerUser('ORGANIZER');
    expect(decodeProtectedHeader(user.token)).toMatchObject({ alg: 'ES256', kid: signingKey().kid });
    const claims = decodeJwt(user.token);
    expect(claims).toMatchObject({ sub: user.id, role: 'ORGANIZER', iss: 'boxoffice', aud: 'boxoffice-api' });
    expect(claims.exp! - claims.iat!).toBe(900);
  });

  it('are verifiable with the public JWKS the users subgraph serves, which holds no private parts', async () => {
    const jwks = (await (await fetch(`${stackUrls().subgraphs.users}/.well-known/jwks.json`)).json()) as { keys: JWK[] };
    expect(jwks.keys).toEqual(expect.arrayContaining([expect.objectContaining({ kid: signingKey().kid, kty: 'EC', crv: 'P-256', alg: 'ES256' })]));
    for (const key of jwks.keys) expect(key.d).toBeUndefined();
  });

  it('are accepted when minted correctly (the control case)', async () => {
    const user = await registerUser();
    const { body } = await meWith(await mint({ sub: user.id, role: 'CUSTOMER' }));
    expect(body.data?.me?.id).toBe(user.id);
  });

  describe('are refused with UNAUTHENTICATED, never a server error, when', () => {
    let user: Awaited<ReturnType<typeof registerUser>>;
    beforeAll(async () => {
      user = await registerUser();
    });
    const claims = () => ({ sub: user.id, role: 'CUSTOMER' });

    const cases: Array<[string, () => Promise<string>]> = [
      ['the signature is forged with another key under the real kid', async () => {
        const { privateKey } = await generateKeyPair('ES256', { extractable: true });
        return mint(claims(), { key: { ...(await exportJWK(privateKey)), kid: signingKey().kid } });
      }],
      ['it has expired', () => mint(claims(), { exp: Math.floor(Date.now() / 1000) - 60 })],
      ['its algorithm is none', async () => `${base64url({ alg: 'none', kid: signingKey().kid })}.${base64url({ ...claims(), iss: 'boxoffice', aud: 'boxoffice-api', exp: Math.floor(Date.now() / 1000) + 300 })}.`],
      ['its kid is unknown', () => mint(claims(), { kid: randomUUID() })],
      ['its audience is another', () => mint(claims(), { aud: 'somebody-else' })],
      ['its issuer is another', () => mint(claims(), { iss: 'somebody-else' })],
      ['it is not a JWT at all', async () => 'garbage'],
    ];

    it.each(cases)('%s', async (_name, token) => {
      const { status, body } = await meWith(await token());
      expect(status).toBeLessThan(500);
      expect(errorCode(body)).toBe('UNAUTHENTICATED');
    });

    it('a subgraph is called directly with a forged token (subgraphs verify too)', async () => {
      const { privateKey } = await generateKeyPair('ES256', { extractable: true });
      const forged = await mint(claims(), { key: { ...(await exportJWK(privateKey)), kid: signingKey().kid } });
      // Signed as the gateway would, so the subgraph gets as far as the token.
      const response = await sendAsGateway(`${stackUrls().subgraphs.users}/graphql`, JSON.stringify({ query: '{ me { id } }' }), { authorization: `Bearer ${forged}` });
      expect(response.status).toBeLessThan(500);
      expect(errorCode(response.json as GraphQLResponse<unknown>)).toBe('UNAUTHENTICATED');
    });
  });

  it('anonymous requests without any token are served', async () => {
    const result = await gql(`{ me { id } }`);
    expect(result.errors).toBeUndefined();
    expect(result.data?.me).toBeNull();
  });
});
