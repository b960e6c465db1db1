import { errorCode, gql, gqlOk, loginAdmin, registerUser } from '../../../test/support/index.js';

describe('the seeded admin and roles', () => {
  it('exists from the environment and can promote a user', async () => {
    const admin = await loginAdmin();
    expect(admin.role).toBe('ADMIN');
    const user = await registerUser('CUSTOMER');
    const changed = await gqlOk(`mutation($id: ID!) { changeRole(userId: $id, role: ORGANIZER) { id role } }`, { id: user.id }, admin.token);
    expect(changed.changeRole).toEqual({ id: user.id, role: 'ORGANIZER' });
    const relogin = await gqlOk(`mutation($i: LoginInput!) { login(input: $i) { user { role } } }`, { i: { email: user.email, password: user.password } });
    expect(relogin.login.user.role).toBe('ORGANIZER');
  });

  it('changeRole of an unknown user is NOT_FOUND', async () => {
    const admin = await loginAdmin();
    const result = await gql(`mutation { changeRole(userId: "00000000-0000-4000-8000-000000000000", role: ADMIN) { id } }`, {}, admin.token);
    expect(errorCode(result)).toBe('NOT_FOUND');
  });

  it('users pages through every account with a cursor and a total', async () => {
    const admin = await loginAdmin();
    await Promise.all([registerUser(), registerUser(), registerUser()]);
    const first = await gqlOk(`{ users(first: 2) { totalCount pageInfo { hasNextPage endCursor } nodes { id email } } }`, {}, admin.token);
    expect(first.users.nodes).toHaveLength(2);
    expect(first.users.totalCount).toBeGreaterThanOrEqual(4);
    expect(first.users.pageInfo.hasNextPage).toBe(true);
    const next = await gqlOk(`query($after: String) { users(first: 2, after: $after) { nodes { id } } }`, { after: first.users.pageInfo.endCursor }, admin.token);
    const seen = new Set(first.users.nodes.map((n: { id: string }) => n.id));
    for (const node of next.users.nodes) expect(seen.has(node.id)).toBe(false);
    expect(first.users.nodes[0].email).toEqual(expect.stringContaining('@'));
  });

  it('rejects a page size beyond the limit and a bad cursor with BAD_USER_INPUT', async () => {
    const admin = await loginAdmin();
    expect(errorCode(await gql(`{ users(first: 1000) { totalCount } }`, {}, admin.token))).toBe('BAD_USER_INPUT');
    expect(errorCode(await gql(`{ users(first: 2, after: "nonsense") { totalCount } }`, {}, admin.token))).toBe('BAD_USER_INPUT');
  });
});
