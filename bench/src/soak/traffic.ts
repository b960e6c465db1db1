import { randomUUID } from 'node:crypto';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { post, type GraphQLResult } from '../hot-drop/graphql.js';
import type { Account, Venue } from '../hot-drop/on-sale.js';

/** Refusals a customer may meet in normal trade: a seat someone else took first. */
const BUSINESS_REFUSALS: ReadonlySet<string> = new Set(['SEAT_UNAVAILABLE']);

const BROWSE = `query($id: ID!) {
  events(first: 10) { totalCount nodes { id title startsAt } }
  event(id: $id) { id title venue { name sections { name } } prices { priceCents } seatAvailability { available held sold } }
}`;
const HOLD = `mutation($e: ID!, $s: [ID!]!) { holdSeats(eventId: $e, seatIds: $s) { id } }`;
const RELEASE = `mutation($id: ID!) { releaseHold(holdId: $id) }`;
const CHECKOUT = `mutation($id: ID!, $key: String!) { checkout(holdId: $id, idempotencyKey: $key) { id totalCents } }`;
const PAY = `mutation($id: ID!, $key: String!) { payForBooking(bookingId: $id, paymentMethod: "pm_card_visa", idempotencyKey: $key) { id status } }`;
const CANCEL = `mutation($id: ID!) { cancelBooking(id: $id) { id status } }`;
const MY_BOOKINGS = `{ myBookings(first: 5) { totalCount nodes { id status tickets { code } } } }`;
const WATCH = `subscription($id: ID!) { seatAvailabilityChanged(eventId: $id) { version available held sold } }`;

export interface TrafficTarget {
  gatewayUrl: string;
  eventId: string;
  venue: Venue;
}

export interface TrafficCounts {
  /** Operations sent, by kind. */
  sent: Record<string, number>;
  refusals: number;
  /** Payments asked again because payments did not know the booking yet. */
  paymentRetries: number;
  /** Every answer that was neither data nor a business refusal, as `kind: code message`. */
  unexpected: string[];
}

/**
 * Mixed traffic of `customers`, each one request at a time, until `stop()`: browsing, holds
 * released or checked out, paid, some cancelled (refunded), own bookings read, and seat-map
 * subscriptions opened and closed.
 */
export function startTraffic(target: TrafficTarget, customers: Account[]) {
  const counts: TrafficCounts = { sent: {}, refusals: 0, paymentRetries: 0, unexpected: [] };
  let running = true;

  /** One request; a failed connection comes back as an error with code FETCH. */
  const send = (query: string, variables: Record<string, unknown>, token?: string): Promise<GraphQLResult> =>
    post(target.gatewayUrl, query, variables, token).catch((error: Error) => ({ errors: [{ message: error.message, extensions: { code: 'FETCH' } }] }));

  /** Counts an answer; its data, or undefined for a refusal or an unexpected answer. */
  const record = (kind: string, result: GraphQLResult): GraphQLResult['data'] | undefined => {
    counts.sent[kind] = (counts.sent[kind] ?? 0) + 1;
    const error = result.errors?.[0];
    if (!error) return result.data;
    if (BUSINESS_REFUSALS.has(error.extensions?.code ?? '')) counts.refusals += 1;
    else counts.unexpected.push(`${kind}: ${error.extensions?.code} ${error.message}`);
    return undefined;
  };

  const call = async (kind: string, query: string, variables: Record<string, unknown>, token?: string) =>
    record(kind, await send(query, variables, token));

  const randomSeats = () => {
    const row = target.venue.rows[Math.floor(Math.random() * target.venue.rows.length)]!;
    const count = 1 + Math.floor(Math.random() * 2);
    const start = Math.floor(Math.random() * (row.length - count + 1));
    return row.slice(start, start + count);
  };

  const buy = async (customer: Account) => {
    const hold = await call('holdSeats', HOLD, { e: target.eventId, s: randomSeats() }, customer.token);
    if (!hold) return;
    if (Math.random() < 0.4) return void (await call('releaseHold', RELEASE, { id: hold.holdSeats.id }, customer.token));
    const booking = await call('checkout', CHECKOUT, { id: hold.holdSeats.id, key: randomUUID() }, customer.token);
    if (!booking) return;
    const paid = await pay(customer, booking.checkout.id);
    // Most bookings are cancelled again (and refunded), so the venue never sells out.
    if (paid && Math.random() < 0.8) await call('cancelBooking', CANCEL, { id: booking.checkout.id }, customer.token);
  };

  /** Pays right after checkout; the booking may still be on its way to payments (NOT_FOUND): retried with the same key, as the README advises. */
  const pay = async (customer: Account, bookingId: string) => {
    const variables = { id: bookingId, key: randomUUID() };
    for (let attempt = 1; ; attempt += 1) {
      const result = await send(PAY, variables, customer.token);
      if (attempt < 3 && result.errors?.[0]?.extensions?.code === 'NOT_FOUND') {
        counts.paymentRetries += 1;
        continue;
      }
      return record('payForBooking', result);
    }
  };

  const watch = async (customer: Account) => {
    counts.sent.subscribe = (counts.sent.subscribe ?? 0) + 1;
    const client = createClient({
      url: target.gatewayUrl.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${customer.token}` },
      retryAttempts: 0,
    });
    try {
      const pushes = client.iterate({ query: WATCH, variables: { id: target.eventId } });
      const next = pushes.next();
      // Given up on when late: the socket's closing then rejects it, which nobody awaits any more.
      next.catch(() => undefined);
      const first = await Promise.race([next, new Promise<'late'>((resolve) => setTimeout(() => resolve('late'), 10_000))]);
      if (first === 'late') counts.unexpected.push('subscribe: no first push within 10 s');
      else if (first.done || first.value.errors) counts.unexpected.push(`subscribe: ${JSON.stringify(first.value?.errors ?? 'ended')}`);
      await pushes.return?.();
    } catch (error) {
      counts.unexpected.push(`subscribe: ${String((error as Error)?.message ?? error)}`);
    } finally {
      await client.dispose();
    }
  };

  const act = async (customer: Account) => {
    const dice = Math.random();
    if (dice < 0.4) await call('browse', BROWSE, { id: target.eventId }, Math.random() < 0.5 ? customer.token : undefined);
    else if (dice < 0.75) await buy(customer);
    else if (dice < 0.85) await call('myBookings', MY_BOOKINGS, {}, customer.token);
    else await watch(customer);
  };

  const loops = customers.map(async (customer) => {
    while (running) await act(customer);
  });
  return {
    counts,
    async stop(): Promise<TrafficCounts> {
      running = false;
      await Promise.all(loops);
      return counts;
    },
  };
}
