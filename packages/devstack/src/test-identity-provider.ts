import { createServer, type Server } from 'node:http';
import { randomBytes } from 'node:crypto';
import { decodeJwt, exportJWK, generateKeyPair, SignJWT } from 'jose';
import Provider, { type ClientMetadata, type KoaContextWithOIDC } from 'oidc-provider';

/** Who the test provider signs in: the `login_hint` of an authorization request, base64url JSON. */
export interface TestIdentity {
  sub: string;
  email?: string;
  email_verified?: boolean;
  name?: string;
  /** The `aud` of the ID token in place of the client's id: a token issued for someone else, which the client must refuse. */
  audience?: string;
}

export const testLoginHint = (identity: TestIdentity): string => Buffer.from(JSON.stringify(identity)).toString('base64url');
const identityOf = (accountId: string) => JSON.parse(Buffer.from(accountId, 'base64url').toString()) as TestIdentity;

export interface TestIdentityProvider {
  issuer: string;
  stop(): Promise<void>;
}

/**
 * A real OpenID Connect provider (`oidc-provider`) on loopback for tests and local sign-in: the
 * authorization code flow with PKCE (required, S256) for `clients`. Its interaction signs in,
 * without a login page, whoever the request's `login_hint` describes (see `testLoginHint`), and
 * every client is granted `openid email profile` without a consent page. An identity with an
 * `audience` gets its ID token signed for that audience instead. Never for production.
 */
export async function startTestIdentityProvider({ port, clients, host = '127.0.0.1' }: { port: number; clients: ClientMetadata[]; host?: string }): Promise<TestIdentityProvider> {
  const issuer = `http://${host}:${port}`;
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const signingHeader = { alg: 'RS256', kid: 'test' };
  const provider = new Provider(issuer, {
    clients,
    jwks: { keys: [{ ...(await exportJWK(privateKey)), ...signingHeader, use: 'sig' }] },
    ttl: { AuthorizationCode: 60, AccessToken: 300, IdToken: 300, Interaction: 300, Session: 300, Grant: 300 },
    pkce: { required: () => true },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    conformIdTokenClaims: false,
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    findAccount: (_ctx, sub) => {
      const { audience: _audience, ...claims } = identityOf(sub);
      return { accountId: sub, claims: () => claims };
    },
    async loadExistingGrant(ctx) {
      const { client, session } = ctx.oidc;
      const grant = new ctx.oidc.provider.Grant({ clientId: client!.clientId, accountId: session!.accountId! });
      grant.addOIDCScope('openid email profile');
      await grant.save();
      return grant;
    },
  });
  // oidc-provider always addresses an ID token to the client, so a foreign audience is signed afresh.
  provider.use(async (ctx: KoaContextWithOIDC, next) => {
    await next();
    const body = ctx.body as { id_token?: unknown } | undefined;
    const accountId = ctx.oidc?.entities.AuthorizationCode?.accountId;
    if (ctx.oidc?.route !== 'token' || typeof body?.id_token !== 'string' || !accountId) return;
    const { audience } = identityOf(accountId);
    if (!audience) return;
    const idToken = await new SignJWT({ ...decodeJwt(body.id_token), aud: audience }).setProtectedHeader(signingHeader).sign(privateKey);
    ctx.body = { ...body, id_token: idToken };
  });
  const handle = provider.callback();
  const server: Server = createServer((req, res) => {
    if (!req.url?.startsWith('/interaction/')) return handle(req, res);
    provider
      .interactionDetails(req, res)
      .then((details) => provider.interactionFinished(req, res, { login: { accountId: String(details.params.login_hint) } }, { mergeWithLastSubmission: false }))
      .catch(() => {
        res.statusCode = 400;
        res.end('no interaction');
      });
  });
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  return {
    issuer,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
