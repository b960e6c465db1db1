import { randomUUID } from 'node:crypto';
import type { TestIdentity } from '@boxoffice/devstack';
import { awaitMails, errorCode, gql, gqlOk, queryDatabase, registerUser, tokenIn, type GraphQLResponse } from '../../../test/support/index.js';
import { providerCode, type ProviderCode } from '../../../test/support/identity-provider.js';

const SIGN_IN = `mutation($p: String!, $c: String!, $v: String!, $r: String!) {
  signInWithProvider(provider: $p, code: $c, codeVerifier: $v, redirectUri: $r) { accessToken refreshToken user { id role email emailVerified linkedProviders } }
}`;

const signIn = (response: ProviderCode, overrides: Partial<{ p: string; v: string; r: string }> = {}): Promise<GraphQLResponse<any>> =>
  gql(SIGN_IN, { p: 'test', c: response.code, v: response.codeVerifier, r: response.redirectUri, ...overrides });

const identity = (emailVerified: boolean, email = `${randomUUID()}@provider.test`) => ({ sub: randomUUID(), email, email_verified: emailVerified, name: 'Grace Provider' });

async function verifiedUser() {
  const user = await registerUser();
  const [welcome] = await awaitMails(user.email, /^Welcome/);
  await gqlOk(`mutation($t: String!) { verifyEmail(token: $t) { id } }`, { t: tokenIn(welcome!) });
  return user;
}

describe('sign-in with OpenID Connect', () => {
  it('lists the configured providers', async () => {
    const { identityProviders } = await gqlOk(`{ identityProviders { name displayName issuer clientId } }`);
    expect(identityProviders).toEqual([{ name: 'test', displayName: 'Test ID', issuer: process.env.BOXOFFICE_TEST_OIDC_ISSUER, clientId: 'boxoffice' }]);
  });

  it('creates a CUSTOMER on a first sign-in and signs the same person in again later', async () => {
    const person = identity(true);
    const first = (await gqlOk(SIGN_IN, await asVariables(person))).signInWithProvider;
    expect(first.user).toMatchObject({ role: 'CUSTOMER', email: person.email, emailVerified: true, linkedProviders: ['test'] });
    expect((await gqlOk(`{ me { id } }`, {}, first.accessToken)).me.id).toBe(first.user.id);

    const again = (await gqlOk(SIGN_IN, await asVariables(person))).signInWithProvider;
    expect(again.user.id).toBe(first.user.id);
    expect(again.refreshToken).not.toBe(first.refreshToken);
  });

  it('refuses a reused code, a wrong verifier, another client\'s code and an unknown provider', async () => {
    const person = identity(true);
    const response = await providerCode(person);
    expect(errorCode(await signIn(response, { v: randomUUID() + randomUUID() }))).toBe('UNAUTHENTICATED');

    const fresh = await providerCode(person);
    expect((await signIn(fresh)).data?.signInWithProvider.user.email).toBe(person.email);
    expect(errorCode(await signIn(fresh))).toBe('UNAUTHENTICATED');

    // A code issued to another client (another audience) is not ours to redeem.
    expect(errorCode(await signIn(await providerCode(identity(true), 'other-app')))).toBe('UNAUTHENTICATED');
    expect(errorCode(await signIn(await providerCode(person), { p: 'nope' }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await signIn(await providerCode(person), { r: `${response.redirectUri}?next=/` }))).toBe('BAD_USER_INPUT');
  });

  it('refuses an ID token the provider signed for another audience, and creates no account', async () => {
    const person = identity(true);
    expect(errorCode(await signIn(await providerCode({ ...person, audience: 'other-app' })))).toBe('UNAUTHENTICATED');
    expect(await queryDatabase('users', `select "id" from "app_user" where "email" = $1`, [person.email])).toEqual([]);

    // Signed afresh the same way but for boxoffice, the token is good: only its audience was wrong.
    const accepted = (await gqlOk(SIGN_IN, await asVariables({ ...person, audience: 'boxoffice' }))).signInWithProvider;
    expect(accepted.user).toMatchObject({ role: 'CUSTOMER', email: person.email, linkedProviders: ['test'] });
  });

  it('links an account only when both sides verified the e-mail', async () => {
    const verified = await verifiedUser();
    const linked = (await gqlOk(SIGN_IN, await asVariables(identity(true, verified.email)))).signInWithProvider;
    expect(linked.user).toMatchObject({ id: verified.id, linkedProviders: ['test'] });

    // The provider did not verify the address: someone else may own it there.
    const other = await verifiedUser();
    expect(errorCode(await signIn(await providerCode(identity(false, other.email))))).toBe('CONFLICT');

    // boxoffice never verified it: whoever registered it may not own it.
    const unverified = await registerUser();
    expect(errorCode(await signIn(await providerCode(identity(true, unverified.email))))).toBe('CONFLICT');
    expect((await gqlOk(`{ me { linkedProviders } }`, {}, unverified.token)).me.linkedProviders).toEqual([]);

    // A new person with an unverified address gets an account whose address is not verified.
    const newcomer = (await gqlOk(SIGN_IN, await asVariables(identity(false)))).signInWithProvider;
    expect(newcomer.user).toMatchObject({ role: 'CUSTOMER', emailVerified: false, linkedProviders: ['test'] });
  });
});

describe('deleting an account made by a provider sign-in', () => {
  const DELETE = `mutation($p: String!) { deleteMyAccount(password: $p) }`;

  it('takes a password set by password reset first; signing in with the provider afterwards makes a new account', async () => {
    const person = identity(true);
    const first = (await gqlOk(SIGN_IN, await asVariables(person))).signInWithProvider;
    // It has no password, so none is right.
    expect(errorCode(await gql(DELETE, { p: 'correct horse battery' }, first.accessToken))).toBe('UNAUTHENTICATED');

    await gqlOk(`mutation($e: String!) { requestPasswordReset(email: $e) }`, { e: person.email });
    const [mail] = await awaitMails(person.email, /^Reset your password/);
    const reset = (await gqlOk(`mutation($t: String!, $p: String!) { resetPassword(token: $t, newPassword: $p) { accessToken } }`, { t: tokenIn(mail!), p: 'a brand new secret' }))
      .resetPassword;
    expect((await gqlOk(DELETE, { p: 'a brand new secret' }, reset.accessToken)).deleteMyAccount).toBe(true);

    const again = (await gqlOk(SIGN_IN, await asVariables(person))).signInWithProvider;
    expect(again.user.id).not.toBe(first.user.id);
    expect(again.user).toMatchObject({ role: 'CUSTOMER', email: person.email, emailVerified: true, linkedProviders: ['test'] });
  });
});

async function asVariables(person: TestIdentity) {
  const response = await providerCode(person);
  return { p: 'test', c: response.code, v: response.codeVerifier, r: response.redirectUri };
}
