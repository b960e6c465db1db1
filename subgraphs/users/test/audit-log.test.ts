import {
  awaitBookingStatus,
  bookingOf,
  confirmedBooking,
  errorCode,
  eventOnSale,
  eventually,
  gql,
  gqlOk,
  loginAdmin,
  nextSeats,
  ok,
  queryDatabase,
  registerUser,
  tryCancelBooking,
  tryCancelEvent,
  tryCheckIn,
  tryUpdateEvent,
  type TestUser,
} from '../../../test/support/index.js';

const AUDIT = `query($f: AuditLogFilter, $first: Int, $after: String) {
  auditLog(filter: $f, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { id action actorId targetType targetId occurredAt correlationId }
  }
}`;

interface Entry {
  action: string;
  actorId: string | null;
  targetType: string;
  targetId: string;
  correlationId: string | null;
}

let admin: TestUser;
const auditOf = async (filter: Record<string, unknown>, first = 20) => (await gqlOk(AUDIT, { f: filter, first }, admin.token)).auditLog;
const brief = (entries: Entry[]) => entries.map(({ action, actorId, targetType }) => ({ action, actorId, targetType })).sort((a, b) => a.action.localeCompare(b.action));

beforeAll(async () => {
  admin = await loginAdmin();
});

describe('the audit log', () => {
  it("holds exactly one entry, with its actor, for each privileged or money-moving action of a journey", async () => {
    const [organizer, customer] = await Promise.all([registerUser('ORGANIZER'), registerUser()]);
    const event = await eventOnSale(organizer);
    ok(await tryUpdateEvent(organizer, event.id, { title: `${event.title} (late show)` }));

    const [first, second] = [nextSeats(event), nextSeats(event)];
    const kept = await confirmedBooking(customer, event.id, first);
    const refunded = await confirmedBooking(customer, event.id, second);
    const code = kept.tickets[0].code;
    // Scanners racing at the door: one admission, one entry.
    await Promise.all(Array.from({ length: 3 }, () => tryCheckIn(organizer, code)));
    ok(await tryCancelBooking(customer, refunded.id));
    await awaitBookingStatus(customer, refunded.id, 'CANCELLED');
    const target = await registerUser();
    ok(await gql(`mutation($id: ID!) { changeRole(userId: $id, role: ORGANIZER) { id } }`, { id: target.id }, admin.token));
    ok(await tryCancelEvent(organizer, event.id, 'The band is ill'));

    const { payment: keptPayment } = await bookingOf(customer, kept.id, 'payment { id }');
    const { payment: refundedPayment } = await bookingOf(customer, refunded.id, 'payment { id }');
    const ticketId = kept.tickets[0].id;

    const expected: Array<[string, Array<{ action: string; actorId: string | null; targetType: string }>]> = [
      [event.venue.id, [{ action: 'VENUE_CREATED', actorId: organizer.id, targetType: 'VENUE' }]],
      [
        event.id,
        [
          { action: 'EVENT_CANCELLED', actorId: organizer.id, targetType: 'EVENT' },
          { action: 'EVENT_CREATED', actorId: organizer.id, targetType: 'EVENT' },
          { action: 'EVENT_PUBLISHED', actorId: organizer.id, targetType: 'EVENT' },
          { action: 'EVENT_UPDATED', actorId: organizer.id, targetType: 'EVENT' },
        ],
      ],
      [ticketId, [{ action: 'TICKET_CHECKED_IN', actorId: organizer.id, targetType: 'TICKET' }]],
      // The customer's own cancellation; the event's cancellation then cancels the kept booking, in the organizer's name.
      [refunded.id, [{ action: 'BOOKING_CANCELLED', actorId: customer.id, targetType: 'BOOKING' }]],
      [kept.id, [{ action: 'BOOKING_CANCELLED', actorId: organizer.id, targetType: 'BOOKING' }]],
      [
        refundedPayment.id,
        [
          { action: 'PAYMENT_CAPTURED', actorId: customer.id, targetType: 'PAYMENT' },
          { action: 'PAYMENT_REFUNDED', actorId: customer.id, targetType: 'PAYMENT' },
        ],
      ],
      [
        keptPayment.id,
        [
          { action: 'PAYMENT_CAPTURED', actorId: customer.id, targetType: 'PAYMENT' },
          { action: 'PAYMENT_REFUNDED', actorId: organizer.id, targetType: 'PAYMENT' },
        ],
      ],
      [target.id, [{ action: 'ROLE_CHANGED', actorId: admin.id, targetType: 'USER' }]],
    ];
    await eventually(async () => {
      for (const [targetId, entries] of expected) expect(brief((await auditOf({ targetId })).nodes)).toEqual(entries);
    }, 20_000);

    const byOrganizer = (await auditOf({ actorId: organizer.id })).nodes as Entry[];
    expect(byOrganizer.map((entry) => entry.action).sort()).toEqual(
      ['BOOKING_CANCELLED', 'EVENT_CANCELLED', 'EVENT_CREATED', 'EVENT_PUBLISHED', 'EVENT_UPDATED', 'PAYMENT_REFUNDED', 'TICKET_CHECKED_IN', 'VENUE_CREATED'],
    );
    // The event's cancellation and what it caused share the request's correlation id.
    const cancellation = byOrganizer.filter((entry) => ['EVENT_CANCELLED', 'PAYMENT_REFUNDED'].includes(entry.action) || entry.targetId === kept.id);
    expect(new Set(cancellation.map((entry) => entry.correlationId)).size).toBe(1);
  });

  it('filters by action and time, pages newest first, and names the actor', async () => {
    const target = await registerUser();
    const since = new Date(Date.now() - 1000).toISOString();
    for (const role of ['ORGANIZER', 'CUSTOMER', 'ORGANIZER']) {
      ok(await gql(`mutation($id: ID!, $r: Role!) { changeRole(userId: $id, role: $r) { id } }`, { id: target.id, r: role }, admin.token));
    }
    const filter = { targetId: target.id, action: 'ROLE_CHANGED', from: since };
    await eventually(async () => expect((await auditOf(filter)).totalCount).toBe(3));

    const page1 = (await gqlOk(AUDIT, { f: filter, first: 2 }, admin.token)).auditLog;
    const page2 = (await gqlOk(AUDIT, { f: filter, first: 2, after: page1.pageInfo.endCursor }, admin.token)).auditLog;
    const all = [...page1.nodes, ...page2.nodes];
    expect(all).toHaveLength(3);
    expect(page2.pageInfo.hasNextPage).toBe(false);
    const times = all.map((entry: { occurredAt: string }) => Date.parse(entry.occurredAt));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    const named = await gqlOk(`query($f: AuditLogFilter) { auditLog(filter: $f, first: 1) { nodes { actor { id } } } }`, { f: filter }, admin.token);
    expect(named.auditLog.nodes[0].actor).toEqual({ id: admin.id });

    expect((await auditOf({ ...filter, to: since })).totalCount).toBe(0);
    expect((await auditOf({ ...filter, action: 'VENUE_CREATED' })).totalCount).toBe(0);
  });

  it('cannot be changed or deleted, not even in its database', async () => {
    const target = await registerUser();
    ok(await gql(`mutation($id: ID!) { changeRole(userId: $id, role: ORGANIZER) { id } }`, { id: target.id }, admin.token));
    await eventually(async () => expect((await auditOf({ targetId: target.id })).totalCount).toBe(1));
    await expect(queryDatabase('users', `update "audit_entry" set "actor_id" = null where "target_id" = $1`, [target.id])).rejects.toThrow(/cannot be changed or deleted/);
    await expect(queryDatabase('users', `delete from "audit_entry" where "target_id" = $1`, [target.id])).rejects.toThrow(/cannot be changed or deleted/);
    expect((await auditOf({ targetId: target.id })).nodes[0].actorId).toBe(admin.id);
  });

  it('refuses a bad page size or cursor', async () => {
    expect(errorCode(await gql(AUDIT, { first: -1 }, admin.token))).toBe('BAD_USER_INPUT');
    expect(errorCode(await gql(AUDIT, { after: 'garbage' }, admin.token))).toBe('BAD_USER_INPUT');
  });
});
