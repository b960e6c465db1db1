import { eventually, eventOnSale, gql, newTrace, ok, PAY_FOR_BOOKING, payVariables, pendingBooking, registerUser, traceOf } from '../support/index.js';

describe('OpenTelemetry traces (the stack exports to an in-memory OTLP receiver)', () => {
  it('one payForBooking is one trace: the gateway, payments and its SQL, the relays publishing, bookings consuming the payment, and the gateway fanning out the booking change', async () => {
    const [organizer, customer] = await Promise.all([registerUser('ORGANIZER'), registerUser('CUSTOMER')]);
    const booking = await pendingBooking(customer, await eventOnSale(organizer));
    // The client starts the trace, so the test knows its id.
    const { traceId, clientSpanId, headers } = newTrace();
    ok(await gql(PAY_FOR_BOOKING, payVariables(booking.id), customer.token, headers));

    const problems = await eventually(async () => {
      const spans = await traceOf(traceId);
      const has = (service: string, name?: RegExp) => spans.some((span) => span.service === service && (!name || name.test(span.name)));
      const ids = new Set([clientSpanId, ...spans.map((span) => span.spanId)]);
      const found = {
        gatewayRequest: has('gateway', /^POST/),
        payments: has('payments'),
        paymentsSql: has('payments', /^pg\.query/),
        // The outbox relays publish each fact within the trace that recorded it.
        paymentsPublish: has('payments', /^send payments\.payment$/),
        bookingsConsumer: has('bookings', /^process payments\.payment$/),
        bookingsPublish: has('bookings', /^send bookings\./),
        gatewayFanout: has('gateway', /^process bookings\./),
        // Every span hangs under another span of this trace, up to the client's.
        connected: spans.every((span) => span.parentSpanId !== undefined && ids.has(span.parentSpanId)),
      };
      if (Object.values(found).includes(false)) throw new Error(`trace ${traceId}: ${JSON.stringify(found)}`);
      return found;
    }, 15_000);
    expect(problems).toEqual({
      gatewayRequest: true,
      payments: true,
      paymentsSql: true,
      paymentsPublish: true,
      bookingsConsumer: true,
      bookingsPublish: true,
      gatewayFanout: true,
      connected: true,
    });
  });
});
