import { createServer, type Server } from 'node:http';
import { randomBytes } from 'node:crypto';
import { exportJWK, generateKeyPair } from 'jose';
import Provider, { type ClientMetadata } from 'oidc-provider';

/** Who the test provider signs in: the `login_hint` of an authorization request, base64url JSON. */
export interface TestIdentity {
  sub: string;
  email?: string;
  email_verified?: boolean;
  name?: string;
}

export const testLoginHint = (identity: TestIdentity): string => Buffer.from(JSON.stringify(identity)).toString('base64url');

export interface TestIdentityProvider {
  issuer: string;
  stop(): Promise<void>;
}

/**
 * A real OpenID Connect provider (`oidc-provider`) on loopback for tests and local sign-in: the
 * authorization code flow with PKCE (required, S256) for `clients`. Its interaction signs in,
 * without a login page, whoever the request's `login_hint` describes (see `testLoginHint`), and
 * every client is granted `openid email profile` without a consent page. Never for production.
 */
export async function startTestIdentityProvider({ port, clients, host = '127.0.0.1' }: { port: number; clients: ClientMetadata[]; host?: string }): Promise<TestIdentityProvider> {
  const issuer = `http://${host}:${port}`;
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const provider = new Provider(issuer, {
    clients,
    jwks: { keys: [{ ...(await exportJWK(privateKey)), kid: 'test', alg: 'RS256', use: 'sig' }] },
    ttl: { AuthorizationCode: 60, AccessToken: 300, IdToken: 300, Interaction: 300, Session: 300, Grant: 300 },
    pkce: { required: () => true },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    conformIdTokenClaims: false,
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    findAccount: (_ctx, sub) => {
      const identity = JSON.parse(Buffer.from(sub, 'base64url').toString()) as TestIdentity;
      return { accountId: sub, claims: () => ({ ...identity }) };
    },
    async loadExistingGrant(ctx) {
      const { client, session } = ctx.oidc;
      const grant = new ctx.oidc.provider.Grant({ clientId: client!.clientId, accountId: session!.accountId! });
      grant.addOIDCScope('openid email profile');
      await grant.save();
      return grant;
    },
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
