import { randomUUID } from 'node:crypto';
import { TOPICS, VenueEventTypes, type DomainEvent, type VenueFacts } from '@boxoffice/platform';
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

test('createVenue and updateVenue publish the whole seat map as VenueCreated and VenueUpdated', async () => {
  const manager = await registerUser('ORGANIZER');
  const listener = await listenToVenues();
  try {
    const venue = await createVenue(manager, { city: 'Rennes' });
    await gqlOk(UPDATE_VENUE, { id: venue.id, input: { name: 'Renamed' } }, manager.token);

    const events = await eventually(async () => {
      const received = listener.about(venue.id);
      expect(received.map((event) => event.type)).toEqual([VenueEventTypes.created, VenueEventTypes.updated]);
      return received;
    }, 20_000);
    const seatMap = venue.sections.map((section: any) => ({ id: section.id, name: section.name, seats: section.seats }));
    expect(events[0]!.payload).toEqual({ venueId: venue.id, name: venue.name, city: 'Rennes', managerId: manager.id, sections: seatMap });
    expect(events[1]!.payload).toEqual({ ...events[0]!.payload, name: 'Renamed' });
    expect(new Set(events.map((event) => event.id)).size).toBe(2);
  } finally {
    await listener.stop();
  }
});
