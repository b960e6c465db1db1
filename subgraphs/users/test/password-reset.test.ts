import { randomUUID } from 'node:crypto';
import {
  awaitMails,
  errorCode,
  eventually,
  expireAccountTokens,
  gql,
  gqlOk,
  mailsTo,
  outboxRowsContaining,
  registerUser,
  stackUrls,
  tokenIn,
} from '../../../test/support/index.js';

const REQUEST = `mutation($email: String!) { requestPasswordReset(email: $email) }`;
const RESET = `mutation($token: String!, $password: String!) {
  resetPassword(token: $token, newPassword: $password) { accessToken refreshToken user { id email } } }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { user { id } } }`;
const REFRESH = `mutation($t: String!) { refreshToken(refreshToken: $t) { accessToken } }`;

describe('password reset', () => {
  it('mails a token that sets a new password once, ending every old session', async () => {
    const user = await registerUser();
    const otherSession = (await gqlOk(LOGIN.replace('user { id }', 'refreshToken user { id }'), { input: { email: user.email, password: user.password } })).login;

    expect(await gqlOk(REQUEST, { email: ` ${user.email.toUpperCase()} ` })).toEqual({ requestPasswordReset: true });
    const [mail] = await awaitMails(user.email, /^Reset your password/);
    const token = tokenIn(mail!);

    const reset = (await gqlOk(RESET, { token, password: 'a brand new secret' })).resetPassword;
    expect(reset.user).toEqual({ id: user.id, email: user.email });
    expect(reset.accessToken).toEqual(expect.any(String));

    expect(errorCode(await gql(RESET, { token, password: 'yet another secret' }))).toBe('BAD_USER_INPUT');
    for (const old of [user.refreshToken, otherSession.refreshToken]) expect(errorCode(await gql(REFRESH, { t: old }))).toBe('UNAUTHENTICATED');
    expect((await gqlOk(REFRESH, { t: reset.refreshToken })).refreshToken.accessToken).toEqual(expect.any(String));

    expect(errorCode(await gql(LOGIN, { input: { email: user.email, password: user.password } }))).toBe('UNAUTHENTICATED');
    expect((await gqlOk(LOGIN, { input: { email: user.email, password: 'a brand new secret' } })).login.user.id).toBe(user.id);
  });

  it('refuses an expired token as BAD_USER_INPUT on token, saying it has expired; the password stays', async () => {
    const user = await registerUser();
    await gqlOk(REQUEST, { email: user.email });
    const [mail] = await awaitMails(user.email, /^Reset your password/);
    const token = tokenIn(mail!);
    await expireAccountTokens(user.id, 'RESET_PASSWORD');

    const expired = await gql(RESET, { token, password: 'a brand new secret' });
    expect(errorCode(expired)).toBe('BAD_USER_INPUT');
    expect(expired.errors![0]!.message).toContain('has expired');
    expect(expired.errors![0]!.extensions).toMatchObject({ fields: ['token'], problems: [{ field: 'token', message: 'has expired' }] });
    expect((await gqlOk(LOGIN, { input: { email: user.email, password: user.password } })).login.user.id).toBe(user.id);
    // Published, the reset fact no longer holds the token in the users database.
    await eventually(async () => expect(await outboxRowsContaining('users', token)).toEqual([]));
  });

  it('answers an unknown address exactly like a known one, and mails nobody', async () => {
    const user = await registerUser();
    const unknown = `${randomUUID()}@example.test`;
    const known = await fetchRaw(user.email);
    const nobody = await fetchRaw(unknown);
    expect(nobody).toEqual(known);
    await awaitMails(user.email, /^Reset your password/);
    expect(await mailsTo(unknown)).toEqual([]);
  });

  it('refuses a bad token or a short password with BAD_USER_INPUT, and limits requests per address', async () => {
    const refused = await gql(RESET, { token: 'not-a-token', password: 'long enough secret' });
    expect(refused.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['token'] });
    expect((await gql(RESET, { token: 'not-a-token', password: 'short' })).errors![0]!.extensions).toMatchObject({ fields: ['newPassword'] });

    const email = `${randomUUID()}@example.test`;
    const answers = [];
    for (let i = 0; i < 6; i++) answers.push(await gql(REQUEST, { email }));
    expect(answers.slice(0, 5).map((answer) => answer.data?.requestPasswordReset)).toEqual([true, true, true, true, true]);
    expect(errorCode(answers[5]!)).toBe('RATE_LIMITED');
  });
});

/** The whole HTTP answer to a reset request: status, body and the headers a client could tell apart. */
async function fetchRaw(email: string) {
  const response = await fetch(stackUrls().gateway, {
    method: 'POST',
    headers: { 'content-type': 'application/json', connection: 'close' },
    body: JSON.stringify({ query: REQUEST, variables: { email } }),
  });
  return { status: response.status, contentType: response.headers.get('content-type'), body: await response.text() };
}
