import { errorCode, eventOnSale, gql, gqlOk, registerUser, subscribe, wsClient } from '../support/index.js';

const AVAILABILITY = `total available held sold version event { title venue { name } }`;

describe('walking skeleton: one journey through every joint of the supergraph', () => {
  it('sells nothing twice and pushes availability with fields of other subgraphs', async () => {
    const organizer = await registerUser('ORGANIZER');
    const customer = await registerUser('CUSTOMER');
    const rival = await registerUser('CUSTOMER');
    const event = await eventOnSale(organizer);
    const { venue } = event;

    const overview = await gqlOk(
      `query($id: ID!) {
        event(id: $id) { title status venue { name capacity } organizer { id name } seatAvailability { total available } }
      }`,
      { id: event.id },
    );
    expect(overview.event).toMatchObject({
      title: event.title,
      status: 'PUBLISHED',
      venue: { capacity: 14 },
      organizer: { id: organizer.id, name: organizer.name },
      seatAvailability: { total: 14, available: 14 },
    });

    const client = wsClient();
    const pushes = subscribe(client, `subscription($id: ID!) { seatAvailabilityChanged(eventId: $id) { ${AVAILABILITY} } }`, { id: event.id });
    try {
      const initial = await pushes.next();
      expect(initial.data?.seatAvailabilityChanged).toMatchObject({ total: 14, available: 14, held: 0, sold: 0 });

      const [first, second] = venue.sections[0]!.seats;
      const held = await gqlOk(
        `mutation($e: ID!, $s: [ID!]!) { holdSeats(eventId: $e, seatIds: $s) { id seats { id } } }`,
        { e: event.id, s: [first!.id, second!.id] },
        customer.token,
      );
      expect(held.holdSeats.seats).toHaveLength(2);

      const changed = await pushes.nextMatching((result) => result.data?.seatAvailabilityChanged.held === 2);
      expect(changed.data?.seatAvailabilityChanged).toMatchObject({
        total: 14,
        available: 12,
        held: 2,
        sold: 0,
        event: { title: event.title, venue: { name: expect.any(String) } },
      });
      const versionAfterHold = changed.data!.seatAvailabilityChanged.version;
      expect(versionAfterHold).toBeGreaterThan(initial.data!.seatAvailabilityChanged.version);

      const clash = await gql(
        `mutation($e: ID!, $s: [ID!]!) { holdSeats(eventId: $e, seatIds: $s) { id } }`,
        { e: event.id, s: [second!.id, venue.sections[0]!.seats[2]!.id] },
        rival.token,
      );
      expect(errorCode(clash)).toBe('SEAT_UNAVAILABLE');
      expect(clash.errors![0]!.extensions!.seatIds).toEqual([second!.id]);

      const after = await gqlOk(`query($id: ID!) { seatAvailability(eventId: $id) { available held version } }`, { id: event.id });
      expect(after.seatAvailability).toEqual({ available: 12, held: 2, version: versionAfterHold });
      await expect(pushes.next(1_500)).rejects.toThrow('no subscription result');
    } finally {
      pushes.close();
      await client.dispose();
    }
  });
});
