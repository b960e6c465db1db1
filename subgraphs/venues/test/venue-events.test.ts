import { randomUUID } from 'node:crypto';
import { TOPICS, VenueEventTypes, type DomainEvent, type VenueFacts, type VenueSeatsFacts } from '@boxoffice/platform';
import kafkajs from 'kafkajs';
import { createVenue, eventually, gqlOk, registerUser, UPDATE_VENUE } from '../../../test/support/index.js';

const { Kafka, logLevel } = kafkajs;

/** Reads venues.venue as a consumer of its own, as the events and bookings subgraphs do. */
async function listenToVenues() {
  const kafka = new Kafka({ clientId: 'venues-test', brokers: process.env.BOXOFFICE_TEST_KAFKA_BROKERS!.split(','), logLevel: logLevel.NOTHING });
  const consumer = kafka.consumer({ groupId: `venues-test-${randomUUID()}`, maxWaitTimeInMs: 100 });
  const received: DomainEvent<VenueFacts>[] = [];
  await consumer.connect();
  await consumer.subscribe({ topic: TOPICS.venue, fromBeginning: true });
  await consumer.run({
    eachMessage: async ({ message }) => {
      received.push(JSON.parse(message.value!.toString()) as DomainEvent<VenueFacts>);
    },
  });
  return {
    about: (aggregateId: string) => received.filter((event) => event.aggregateId === aggregateId),
    stop: () => consumer.disconnect(),
  };
}

test('createVenue publishes VenueCreated and the seat map in VenueSeatsAdded pieces; updateVenue publishes VenueUpdated', async () => {
  const manager = await registerUser('ORGANIZER');
  const listener = await listenToVenues();
  try {
    const venue = await createVenue(manager, { city: 'Rennes' });
    await gqlOk(UPDATE_VENUE, { id: venue.id, input: { name: 'Renamed' } }, manager.token);

    const events = await eventually(async () => {
      const received = listener.about(venue.id);
      const pieces = venue.sections.length;
      expect(received.map((event) => event.type)).toEqual([
        VenueEventTypes.created,
        ...Array(pieces).fill(VenueEventTypes.seatsAdded),
        VenueEventTypes.updated,
      ]);
      return received;
    }, 20_000);
    const sections = venue.sections.map((section: any) => ({ id: section.id, name: section.name, seatCount: section.seatCount }));
    const created = { venueId: venue.id, name: venue.name, city: 'Rennes', managerId: manager.id, seatCount: venue.capacity, sections };
    expect(events[0]!.payload).toEqual(created);
    expect(events.at(-1)!.payload).toEqual({ ...created, name: 'Renamed' });

    let position = 0;
    const pieces = events.slice(1, -1).map((event) => event.payload as unknown as VenueSeatsFacts);
    venue.sections.forEach((section: any, index: number) => {
      expect(pieces[index]).toEqual({
        venueId: venue.id,
        seatCount: venue.capacity,
        sectionId: section.id,
        seats: section.seats.map((seat: any) => ({ ...seat, position: position++ })),
      });
    });
    expect(new Set(events.map((event) => event.id)).size).toBe(events.length);
  } finally {
    await listener.stop();
  }
});
