import { errorCode, gql, gqlOk, loginAdmin, ok, registerUser } from '../../../test/support/index.js';

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken refreshToken } }`;
const REFRESH = `mutation($t: String!) { refreshToken(refreshToken: $t) { accessToken refreshToken } }`;
const SESSIONS = `{ mySessions { id userAgent clientAddress createdAt lastUsedAt current } }`;
const PROFILE = `query($id: ID!) { user(id: $id) { profile { phone locale timeZone } } }`;
const UPDATE = `mutation($i: ProfileInput!) { updateProfile(input: $i) { id profile { phone locale timeZone } } }`;
const CHANGE = `mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }`;

const loginFrom = async (user: { email: string; password: string }, userAgent: string) =>
  ok(await gql(LOGIN, { input: { email: user.email, password: user.password } }, undefined, { 'user-agent': userAgent })).login;

describe('profiles', () => {
  it('are set field by field, cleared with null, canonicalised, and shown to the user and admins only', async () => {
    const user = await registerUser();
    const set = await gqlOk(UPDATE, { i: { phone: '+4915112345678', locale: 'de-at', timeZone: 'Europe/Vienna' } }, user.token);
    expect(set.updateProfile.profile).toEqual({ phone: '+4915112345678', locale: 'de-AT', timeZone: 'Europe/Vienna' });

    const cleared = await gqlOk(UPDATE, { i: { phone: null } }, user.token);
    expect(cleared.updateProfile.profile).toEqual({ phone: null, locale: 'de-AT', timeZone: 'Europe/Vienna' });

    const admin = await loginAdmin();
    expect((await gqlOk(PROFILE, { id: user.id }, admin.token)).user.profile.locale).toBe('de-AT');
    expect((await gqlOk(`{ me { profile { timeZone } } }`, {}, user.token)).me.profile.timeZone).toBe('Europe/Vienna');
  });

  it('refuse a bad phone, locale or time zone, naming each', async () => {
    const user = await registerUser();
    const refused = await gql(UPDATE, { i: { phone: '0664 123', locale: 'not a locale!', timeZone: 'Mars/Olympus' } }, user.token);
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors![0]!.extensions!.fields).toEqual(['phone', 'locale', 'timeZone']);
  });
});

describe('devices', () => {
  it('lists each sign-in as a session with its user agent, marks the current one, and follows refreshes', async () => {
    const user = await registerUser();
    const phone = await loginFrom(user, 'BoxofficePhone/1.0');
    const laptop = await loginFrom(user, 'BoxofficeLaptop/2.0');

    const before = (await gqlOk(SESSIONS, {}, laptop.accessToken)).mySessions;
    expect(before).toHaveLength(3);
    expect(before.filter((s: { current: boolean }) => s.current).map((s: { userAgent: string }) => s.userAgent)).toEqual(['BoxofficeLaptop/2.0']);
    expect(before.every((s: { clientAddress: string | null }) => typeof s.clientAddress === 'string')).toBe(true);

    const refreshed = ok(await gql(REFRESH, { t: phone.refreshToken })).refreshToken;
    const after = (await gqlOk(SESSIONS, {}, refreshed.accessToken)).mySessions;
    expect(after).toHaveLength(3);
    expect(after[0]).toMatchObject({ userAgent: 'BoxofficePhone/1.0', current: true });
    expect(Date.parse(after[0].lastUsedAt)).toBeGreaterThan(Date.parse(after[0].createdAt));
  });

  it('signs a revoked device out, and refuses to revoke another user\'s', async () => {
    const user = await registerUser();
    const other = await registerUser();
    const phone = await loginFrom(user, 'BoxofficePhone/1.0');
    const sessions = (await gqlOk(SESSIONS, {}, user.token)).mySessions;
    const phoneSession = sessions.find((s: { userAgent: string }) => s.userAgent === 'BoxofficePhone/1.0');

    expect(errorCode(await gql(`mutation($id: ID!) { revokeSession(id: $id) }`, { id: phoneSession.id }, other.token))).toBe('NOT_FOUND');
    expect(errorCode(await gql(`mutation { revokeSession(id: "not-a-uuid") }`, {}, user.token))).toBe('NOT_FOUND');
    expect((await gqlOk(`mutation($id: ID!) { revokeSession(id: $id) }`, { id: phoneSession.id }, user.token)).revokeSession).toBe(true);

    expect(errorCode(await gql(REFRESH, { t: phone.refreshToken }))).toBe('UNAUTHENTICATED');
    const left = (await gqlOk(SESSIONS, {}, user.token)).mySessions;
    expect(left.map((s: { id: string }) => s.id)).not.toContain(phoneSession.id);
  });
});

describe('changePassword', () => {
  it('needs the current password and signs out every other session, keeping the caller\'s', async () => {
    const user = await registerUser();
    const phone = await loginFrom(user, 'BoxofficePhone/1.0');
    const laptop = await loginFrom(user, 'BoxofficeLaptop/2.0');

    expect(errorCode(await gql(CHANGE, { c: 'wrong password', n: 'a brand new secret' }, laptop.accessToken))).toBe('UNAUTHENTICATED');
    expect(errorCode(await gql(CHANGE, { c: user.password, n: 'short' }, laptop.accessToken))).toBe('BAD_USER_INPUT');
    expect((await gqlOk(CHANGE, { c: user.password, n: 'a brand new secret' }, laptop.accessToken)).changePassword).toBe(true);

    expect(errorCode(await gql(REFRESH, { t: phone.refreshToken }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await gql(REFRESH, { t: user.refreshToken }))).toBe('UNAUTHENTICATED');
    expect(ok(await gql(REFRESH, { t: laptop.refreshToken })).refreshToken.accessToken).toBeTruthy();
    expect(errorCode(await gql(LOGIN, { input: { email: user.email, password: user.password } }))).toBe('UNAUTHENTICATED');
    expect((await gqlOk(LOGIN, { input: { email: user.email, password: 'a brand new secret' } })).login.accessToken).toBeTruthy();
  });

  it('stops guessing at the login budget', async () => {
    const user = await registerUser();
    const codes = [];
    for (let i = 0; i < 6; i += 1) codes.push(errorCode(await gql(CHANGE, { c: `guess ${i}`, n: 'a brand new secret' }, user.token)));
    expect(codes.slice(0, 5)).toEqual(Array(5).fill('UNAUTHENTICATED'));
    expect(codes[5]).toBe('RATE_LIMITED');
    expect(errorCode(await gql(CHANGE, { c: user.password, n: 'a brand new secret' }, user.token))).toBe('RATE_LIMITED');
  });
});
