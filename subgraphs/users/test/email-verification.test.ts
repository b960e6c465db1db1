import {
  awaitMails,
  errorCode,
  eventually,
  expireAccountTokens,
  gql,
  gqlOk,
  outboxRowsContaining,
  queryDatabase,
  registerUser,
  tokenIn,
} from '../../../test/support/index.js';

const VERIFY = `mutation($token: String!) { verifyEmail(token: $token) { id emailVerified } }`;
const ME = `query { me { id emailVerified } }`;

describe('email verification', () => {
  it('register → a welcome mail with a token → verifyEmail → emailVerified; the token works once', async () => {
    const user = await registerUser();
    expect((await gqlOk(ME, {}, user.token)).me.emailVerified).toBe(false);

    const [welcome] = await awaitMails(user.email, /^Welcome/);
    const token = tokenIn(welcome!);
    expect((await gqlOk(VERIFY, { token }, user.token)).verifyEmail).toEqual({ id: user.id, emailVerified: true });
    expect((await gqlOk(ME, {}, user.token)).me.emailVerified).toBe(true);
    await awaitMails(user.email, /^Email address verified/);

    const reused = await gql(VERIFY, { token });
    expect(errorCode(reused)).toBe('BAD_USER_INPUT');
    expect(reused.errors![0]!.extensions).toMatchObject({ fields: ['token'], problems: [{ field: 'token', message: 'has already been used' }] });
    expect(errorCode(await gql(`mutation { requestEmailVerification }`, {}, user.token))).toBe('INVALID_STATE');
  });

  it('requestEmailVerification mails a new token; an unknown token is refused', async () => {
    const user = await registerUser();
    expect((await gqlOk(`mutation { requestEmailVerification }`, {}, user.token)).requestEmailVerification).toBe(true);
    const [mail] = await awaitMails(user.email, /^Verify your email/);
    expect((await gqlOk(VERIFY, { token: tokenIn(mail!) })).verifyEmail.id).toBe(user.id);
    expect(errorCode(await gql(VERIFY, { token: 'x'.repeat(43) }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await gql(`mutation { requestEmailVerification }`))).toBe('UNAUTHENTICATED');
  });

  it('refuses an expired token as BAD_USER_INPUT on token, saying it has expired', async () => {
    const user = await registerUser();
    const [welcome] = await awaitMails(user.email, /^Welcome/);
    await expireAccountTokens(user.id, 'VERIFY_EMAIL');

    const expired = await gql(VERIFY, { token: tokenIn(welcome!) });
    expect(errorCode(expired)).toBe('BAD_USER_INPUT');
    expect(expired.errors![0]!.message).toContain('has expired');
    expect(expired.errors![0]!.extensions).toMatchObject({ fields: ['token'], problems: [{ field: 'token', message: 'has expired' }] });
    expect((await gqlOk(ME, {}, user.token)).me.emailVerified).toBe(false);
  });

  it('keeps the mailed token out of the users database: the published fact loses it', async () => {
    const user = await registerUser();
    const [welcome] = await awaitMails(user.email, /^Welcome/);
    const token = tokenIn(welcome!);

    // The relay marks a row published once Kafka acknowledged it, which the mail may beat.
    await eventually(async () => expect(await outboxRowsContaining('users', token)).toEqual([]));
    const registered = await queryDatabase<{ payload: Record<string, unknown>; published: boolean }>(
      'users',
      `select "payload", "published_at" is not null as "published" from "outbox_message" where "key" = $1 and "type" = 'UserRegistered'`,
      [user.id],
    );
    expect(registered).toEqual([{ payload: expect.objectContaining({ userId: user.id, email: user.email }), published: true }]);
    expect(registered[0]!.payload).not.toHaveProperty('verification');
  });

  it('shows emailVerified only to the user themself and admins', async () => {
    const [user, other] = await Promise.all([registerUser(), registerUser()]);
    const asOther = await gql(`query($id: ID!) { user(id: $id) { emailVerified } }`, { id: user.id }, other.token);
    expect(errorCode(asOther)).toBe('FORBIDDEN');
  });
});
