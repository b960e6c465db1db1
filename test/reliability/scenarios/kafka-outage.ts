import { randomUUID } from 'node:crypto';
import {
  awaitBookingStatus,
  checkout,
  eventually,
  gql,
  holdSeats,
  nextSeats,
  ok,
  PAY_FOR_BOOKING,
  paidBooking,
  payVariables,
  pendingBooking,
  queryDatabase,
  tryReleaseHold,
  tryUpdateEvent,
  type EventFixture,
  type TestUser,
} from '../../support/index.js';
import { factsConsumed, factsWrittenSince, outboxPositions, readTopics } from '../../support/outbox-audit.js';
import type { FaultStack } from '../../support/fault-stack.js';
import { busyEvent } from './busy-event.js';

/** Seconds the broker stays down: short in `npm test`; KAFKA_OUTAGE_SECONDS=30 for the full length. */
const DOWN_SECONDS = Number(process.env.KAFKA_OUTAGE_SECONDS ?? 10);
const REFUND = `mutation($id: ID!) { refundPayment(paymentId: $id) { id status } }`;

/**
 * Point 2: the broker is down for DOWN_SECONDS while customers hold, check out, pay and get
 * refunds and the organizer edits the event.
 */
export function kafkaOutage(faults: () => FaultStack): void {
  let organizer: TestUser;
  let customers: TestUser[];
  let event: EventFixture;

  beforeAll(async () => {
    ({ organizer, customers, event } = await busyEvent(3));
  }, 60_000);

  test(`Kafka down ${DOWN_SECONDS} s: every mutation answers, and afterwards every fact is published once, in order, and consumed`, async () => {
    const paidBefore = await Promise.all(customers.map((customer) => paidBooking(customer, event)));
    const unpaidBefore = await Promise.all(customers.map((customer) => pendingBooking(customer, event)));
    await Promise.all(paidBefore.map(({ booking }, i) => awaitBookingStatus(customers[i]!, booking.id, 'CONFIRMED')));
    // The unpaid bookings' facts must have reached payments before the broker goes: they are paid during the outage.
    await eventually(async () => {
      const known = await queryDatabase('payments', `select id from booking_projection where id = any($1::uuid[])`, [unpaidBefore.map((booking) => booking.id)]);
      expect(known).toHaveLength(unpaidBefore.length);
    }, 15_000, 100);
    const since = await outboxPositions();

    // The mock brokers reset every connection and refuse new ones, as crashed brokers would.
    faults().stack.broker!.takeDown();
    const downAt = Date.now();
    const answers: Array<{ what: string; errors?: unknown }> = [];
    const answered = (what: string) => (result: { errors?: unknown }) => {
      answers.push({ what, errors: result.errors });
      return result;
    };
    // Payments and refunds of bookings every subgraph already knows: they only write payments' database.
    const payments = Promise.all(
      unpaidBefore.map((booking, i) => gql(PAY_FOR_BOOKING, payVariables(booking.id), customers[i]!.token).then(answered('payForBooking'))),
    );
    await Promise.all(paidBefore.map(({ payment }) => gql(REFUND, { id: payment.id }, organizer.token).then(answered('refundPayment'))));
    ok(answered('updateEvent')(await tryUpdateEvent(organizer, event.id, { description: `edited while Kafka was down ${randomUUID()}` })));
    const createdDuringOutage: Array<{ customer: TestUser; bookingId: string }> = [];
    // Each customer holds and releases one seat of their own round after round, however long the outage.
    const churnSeats = customers.map(() => nextSeats(event));
    try {
      while (Date.now() - downAt < DOWN_SECONDS * 1000) {
        await Promise.all(
          customers.map(async (customer, i) => {
            if (createdDuringOutage.filter((made) => made.customer === customer).length < 2) {
              const hold = await holdSeats(customer, event.id, nextSeats(event));
              answered('holdSeats')({});
              const booking = await checkout(customer, hold.id);
              answered('checkout')({});
              createdDuringOutage.push({ customer, bookingId: booking.id });
            }
            const released = await holdSeats(customer, event.id, churnSeats[i]!);
            answered('holdSeats')({});
            ok(answered('releaseHold')(await tryReleaseHold(customer, released.id)));
          }),
        );
      }
      await payments;
    } finally {
      faults().stack.broker!.bringUp();
    }
    console.log(`Kafka outage: ${answers.length} mutations answered in ${Math.round((Date.now() - downAt) / 1000)} s of outage`);
    expect(answers.filter((answer) => answer.errors)).toEqual([]);

    // Bookings created while the broker was away reach payments once it is back; pay them too.
    await Promise.all(
      createdDuringOutage.map(({ customer, bookingId }) => {
        const variables = payVariables(bookingId);
        return eventually(async () => ok(await gql(PAY_FOR_BOOKING, variables, customer.token)), 90_000, 500);
      }),
    );
    await Promise.all([
      ...paidBefore.map(({ booking }, i) => awaitBookingStatus(customers[i]!, booking.id, 'REFUNDED', 90_000)),
      ...unpaidBefore.map((booking, i) => awaitBookingStatus(customers[i]!, booking.id, 'CONFIRMED', 90_000)),
      ...createdDuringOutage.map(({ customer, bookingId }) => awaitBookingStatus(customer, bookingId, 'CONFIRMED', 90_000)),
    ]);

    const facts = await eventually(async () => {
      const written = await factsWrittenSince(since);
      expect(written.filter((fact) => !fact.published)).toEqual([]);
      return written;
    }, 90_000, 500);
    const consumption = await eventually(async () => {
      const counted = await factsConsumed(facts);
      expect(counted.consumed).toBe(counted.expected);
      return counted;
    }, 90_000, 500);
    const onKafka = await readTopics(faults().stack.kafkaBrokers, [...new Set(facts.map((fact) => fact.topic))]);
    const ours = new Set(facts.map((fact) => fact.eventId));
    const published = onKafka.filter((message) => ours.has(message.eventId));
    console.log(
      `Kafka outage: ${facts.length} facts written, ${published.length} published (${new Set(published.map((m) => m.eventId)).size} distinct), ${consumption.consumed} of ${consumption.expected} consumptions applied`,
    );
    expect(published.map((message) => message.eventId).sort()).toEqual([...ours].sort());
    // In order per aggregate: each key's facts appear on Kafka in the order their outbox wrote them.
    for (const key of new Set(facts.map((fact) => `${fact.topic}\n${fact.key}`))) {
      const written = facts.filter((fact) => `${fact.topic}\n${fact.key}` === key).map((fact) => fact.eventId);
      expect(published.filter((message) => `${message.topic}\n${message.key}` === key).map((message) => message.eventId)).toEqual(written);
    }
  }, 300_000);
}
