import { errorCode, gql, gqlOk, registerUser } from '../../../test/support/index.js';

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken refreshToken user { id } } }`;
const REFRESH = `mutation($t: String!) { refreshToken(refreshToken: $t) { accessToken refreshToken expiresIn user { id } } }`;
const LOGOUT = `mutation($t: String!) { logout(refreshToken: $t) }`;

describe('login', () => {
  it('answers a wrong password and an unknown email alike, in about the same time', async () => {
    const user = await registerUser();
    const timed = async (email: string, password: string) => {
      const started = performance.now();
      const result = await gql(LOGIN, { input: { email, password } });
      return { result, ms: performance.now() - started };
    };
    const ok = await timed(user.email, user.password);
    expect(ok.result.data?.login.user.id).toBe(user.id);

    const wrong = await timed(user.email, 'wrong password');
    const unknown = await timed(`nobody-${user.email}`, 'wrong password');
    expect(errorCode(wrong.result)).toBe('UNAUTHENTICATED');
    expect(errorCode(unknown.result)).toBe('UNAUTHENTICATED');
    expect(unknown.result.errors![0]!.message).toBe(wrong.result.errors![0]!.message);
    // Both pay for one scrypt derivation: neither is an order of magnitude faster.
    expect(unknown.ms).toBeGreaterThan(wrong.ms / 4);
    expect(wrong.ms).toBeGreaterThan(unknown.ms / 4);
  });
});

describe('refresh tokens', () => {
  it('rotate on every refresh and are single use', async () => {
    const user = await registerUser();
    const first = await gqlOk(REFRESH, { t: user.refreshToken });
    expect(first.refreshToken.user.id).toBe(user.id);
    expect(first.refreshToken.refreshToken).not.toBe(user.refreshToken);
    expect((await gqlOk(`{ me { id } }`, {}, first.refreshToken.accessToken)).me.id).toBe(user.id);

    const second = await gqlOk(REFRESH, { t: first.refreshToken.refreshToken });
    expect(second.refreshToken.refreshToken).not.toBe(first.refreshToken.refreshToken);
  });

  it('revoke the whole family when a spent token is reused', async () => {
    const user = await registerUser();
    const rotated = await gqlOk(REFRESH, { t: user.refreshToken });
    const replay = await gql(REFRESH, { t: user.refreshToken });
    expect(errorCode(replay)).toBe('UNAUTHENTICATED');
    // The legitimate successor died with its family.
    expect(errorCode(await gql(REFRESH, { t: rotated.refreshToken.refreshToken }))).toBe('UNAUTHENTICATED');
  });

  it('leave other sessions alone when one family is revoked', async () => {
    const user = await registerUser();
    const other = await gqlOk(LOGIN, { input: { email: user.email, password: user.password } });
    await gqlOk(REFRESH, { t: user.refreshToken });
    await gql(REFRESH, { t: user.refreshToken });
    expect((await gqlOk(REFRESH, { t: other.login.refreshToken })).refreshToken.user.id).toBe(user.id);
  });

  it('are refused when unknown', async () => {
    expect(errorCode(await gql(REFRESH, { t: 'not-a-token' }))).toBe('UNAUTHENTICATED');
  });
});

describe('logout', () => {
  it('revokes the family of the given token', async () => {
    const user = await registerUser();
    const rotated = await gqlOk(REFRESH, { t: user.refreshToken });
    expect((await gqlOk(LOGOUT, { t: rotated.refreshToken.refreshToken })).logout).toBe(true);
    expect(errorCode(await gql(REFRESH, { t: rotated.refreshToken.refreshToken }))).toBe('UNAUTHENTICATED');
  });

  it('answers false for an unknown token', async () => {
    expect((await gqlOk(LOGOUT, { t: 'unknown' })).logout).toBe(false);
  });
});
