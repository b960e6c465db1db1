import { SUBGRAPH_NAMES } from '@boxoffice/platform';
import {
  awaitMails,
  confirmedBooking,
  errorCode,
  eventOnSale,
  eventually,
  gql,
  gqlOk,
  loginAdmin,
  nextSeats,
  queryDatabase,
  registerUser,
} from '../../../test/support/index.js';

const DELETE = `mutation($p: String!) { deleteMyAccount(password: $p) }`;

/** Every text or JSON column of every table of every subgraph's database that holds one of `needles`. */
async function placesHolding(needles: string[]): Promise<string[]> {
  const found: string[] = [];
  for (const subgraph of SUBGRAPH_NAMES) {
    const columns = await queryDatabase<{ table_name: string; column_name: string }>(
      subgraph,
      `select c.table_name, c.column_name from information_schema.columns c
       join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name and t.table_type = 'BASE TABLE'
       where c.table_schema = 'public' and c.data_type in ('text', 'character varying', 'json', 'jsonb')`,
    );
    const probes = columns.map(
      ({ table_name, column_name }) =>
        `select '${subgraph}.${table_name}.${column_name}' as place from "${table_name}" where ${needles.map((_, i) => `"${column_name}"::text ilike $${i + 1}`).join(' or ')}`,
    );
    const rows = await queryDatabase<{ place: string }>(subgraph, probes.join(' union '), needles.map((needle) => `%${needle}%`));
    found.push(...rows.map((row) => row.place));
  }
  return found;
}

describe('deleteMyAccount', () => {
  it('erases the person in every subgraph, keeps bookings and payments under a pseudonym, and ends every way in', async () => {
    const organizer = await registerUser('ORGANIZER');
    const event = await eventOnSale(organizer);
    const user = await registerUser('CUSTOMER', `Ada Erasable ${Date.now()}`);
    const phone = `+43${String(Date.now()).slice(-9)}`;
    await gqlOk(`mutation($i: ProfileInput!) { updateProfile(input: $i) { id } }`, { i: { phone, locale: 'de-AT', timeZone: 'Europe/Vienna' } }, user.token);
    const booking = await confirmedBooking(user, event.id, nextSeats(event));
    await awaitMails(user.email, /^Welcome/);
    const needles = [user.email, user.name, phone];
    expect((await placesHolding(needles)).length).toBeGreaterThan(0);

    expect(errorCode(await gql(DELETE, { p: 'not my password' }, user.token))).toBe('UNAUTHENTICATED');
    expect((await gqlOk(DELETE, { p: user.password }, user.token)).deleteMyAccount).toBe(true);

    await eventually(async () => expect(await placesHolding(needles)).toEqual([]), 20_000, 500);
    expect(errorCode(await gql(`mutation($i: LoginInput!) { login(input: $i) { accessToken } }`, { i: { email: user.email, password: user.password } }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await gql(`mutation($t: String!) { refreshToken(refreshToken: $t) { accessToken } }`, { t: user.refreshToken }))).toBe('UNAUTHENTICATED');
    // The access token still in hand cannot put anything personal back.
    expect(errorCode(await gql(`mutation { updateProfile(input: { phone: "+431234567" }) { id } }`, {}, user.token))).toBe('UNAUTHENTICATED');

    const admin = await loginAdmin();
    const kept = await gqlOk(
      `query($id: ID!) { booking(id: $id) { status user { id name email profile { phone } } payment { status amountCents } } }`,
      { id: booking.id },
      admin.token,
    );
    expect(kept.booking).toMatchObject({ status: 'CONFIRMED', user: { id: user.id, name: 'Deleted user', profile: { phone: null } }, payment: { status: 'SUCCEEDED' } });
    expect(kept.booking.user.email).not.toContain(user.email);
    await eventually(async () => {
      const audit = await gqlOk(`query($f: AuditLogFilter) { auditLog(filter: $f) { nodes { action actorId } } }`, { f: { targetId: user.id } }, admin.token);
      expect(audit.auditLog.nodes).toEqual([{ action: 'ACCOUNT_DELETED', actorId: user.id }]);
    });
  });
});
