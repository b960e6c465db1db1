import { createHash, randomBytes } from 'node:crypto';
import { testLoginHint, type TestIdentity } from '@boxoffice/devstack';

/** An authorization response of the stack's test OpenID provider, with the PKCE verifier that goes with it. */
export interface ProviderCode {
  code: string;
  codeVerifier: string;
  redirectUri: string;
}

/**
 * Runs the authorization code flow with PKCE (S256) at the test provider of the global setup, as
 * a browser would (following its redirects with its cookies), signing in `identity`; returns the
 * code sent to the redirect URI. `clientId` defaults to the client users is configured with.
 */
export async function providerCode(identity: TestIdentity, clientId = 'boxoffice'): Promise<ProviderCode> {
  const issuer = process.env.BOXOFFICE_TEST_OIDC_ISSUER!;
  const redirectUri = process.env.BOXOFFICE_TEST_OIDC_REDIRECT_URI!;
  const codeVerifier = randomBytes(32).toString('base64url');
  const authorize = new URL('/auth', issuer);
  authorize.search = new URLSearchParams({
    client_id: clientId,
    response_type: 'code',
    scope: 'openid email profile',
    redirect_uri: redirectUri,
    code_challenge: createHash('sha256').update(codeVerifier).digest('base64url'),
    code_challenge_method: 'S256',
    login_hint: testLoginHint(identity),
  }).toString();
  const cookies = new Map<string, string>();
  let next = authorize.href;
  for (let hop = 0; hop < 5; hop += 1) {
    const response = await fetch(next, { redirect: 'manual', headers: { cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; ') } });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const at = pair!.indexOf('=');
      cookies.set(pair!.slice(0, at), pair!.slice(at + 1));
    }
    const location = response.headers.get('location');
    if (!location) throw new Error(`the test provider answered ${response.status} without a redirect: ${await response.text()}`);
    const target = new URL(location, next);
    if (target.href.startsWith(redirectUri)) {
      const code = target.searchParams.get('code');
      if (!code) throw new Error(`the test provider refused: ${target.search}`);
      return { code, codeVerifier, redirectUri };
    }
    next = target.href;
  }
  throw new Error('the test provider redirected too often');
}
