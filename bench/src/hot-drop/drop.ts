import { measure, type Measurement } from '../measure.js';
import { cpuSeconds, cpuSecondsOfCommand, pidListeningOn } from '../process-cpu.js';
import { post } from './graphql.js';
import { availability, type Account, type Availability } from './on-sale.js';

const HOLD = `mutation($e: ID!, $s: [ID!]!) { holdSeats(eventId: $e, seatIds: $s) { id expiresAt seats { id } } }`;

export interface DropResult extends Measurement {
  /** `OK` or the error's extensions.code, with how many holds ended so. */
  outcomes: Map<string, number>;
  /** Seats that two successful holds both claim: must be 0. */
  seatsHeldTwice: number;
  seatsHeld: number;
  /** The event's counts afterwards (read through the gateway). */
  after: Availability;
  /** SQL statements the bookings process sent during the drop, per hold (outbox relay included). */
  statementsPerHold: number;
  /** CPU milliseconds per hold of the gateway, bookings, every Postgres process and this client. */
  cpuMsPerHold: { gateway: number; bookings: number; postgres: number; client: number };
}

/** One hold per customer, `concurrency` in flight, sent to `url` (the gateway or a bookings subgraph, signed with `subgraphSecret`). */
export async function hotDrop(options: {
  url: string;
  subgraphSecret?: string;
  gateway: string;
  bookingsOrigin: string;
  eventId: string;
  customers: Account[];
  picks: string[][];
  concurrency: number;
}): Promise<DropResult> {
  const { url, eventId, customers, picks } = options;
  const outcomes = new Map<string, number>();
  const holder = new Map<string, number>();
  let seatsHeldTwice = 0;
  const statementsBefore = await statementCount(options.bookingsOrigin);
  const cpu = cpuMeter(options.gateway, options.bookingsOrigin);
  const measured = await measure(
    async (i) => {
      const result = await post(url, HOLD, { e: eventId, s: picks[i]! }, customers[i]!.token, options.subgraphSecret);
      const code = result.errors?.length ? (result.errors[0]!.extensions?.code ?? 'NO_CODE') : 'OK';
      outcomes.set(code, (outcomes.get(code) ?? 0) + 1);
      if (code !== 'OK') return;
      for (const seat of result.data.holdSeats.seats as Array<{ id: string }>) {
        if (holder.has(seat.id)) seatsHeldTwice += 1;
        holder.set(seat.id, i);
      }
    },
    customers.length,
    options.concurrency,
  );
  const cpuSpent = cpu();
  const statements = (await statementCount(options.bookingsOrigin)) - statementsBefore;
  const after = await availability(options.gateway, eventId);
  if (!after) throw new Error(`no availability for ${eventId}`);
  return { ...measured, outcomes, seatsHeldTwice, seatsHeld: holder.size, after, statementsPerHold: statements / customers.length,
    cpuMsPerHold: {
      gateway: (cpuSpent.gateway * 1000) / customers.length,
      bookings: (cpuSpent.bookings * 1000) / customers.length,
      postgres: (cpuSpent.postgres * 1000) / customers.length,
      client: (cpuSpent.client * 1000) / customers.length,
    },
  };
}

/** Starts counting CPU seconds; the function it returns gives what each part used since. */
function cpuMeter(gatewayUrl: string, bookingsOrigin: string) {
  const gatewayPid = pidListeningOn(Number(new URL(gatewayUrl).port));
  const bookingsPid = pidListeningOn(Number(new URL(bookingsOrigin).port));
  const read = () => {
    const client = process.cpuUsage();
    return {
      gateway: cpuSeconds(gatewayPid),
      bookings: cpuSeconds(bookingsPid),
      postgres: cpuSecondsOfCommand('postgres'),
      client: (client.user + client.system) / 1e6,
    };
  };
  const before = read();
  return () => {
    const after = read();
    return {
      gateway: after.gateway - before.gateway,
      bookings: after.bookings - before.bookings,
      postgres: after.postgres - before.postgres,
      client: after.client - before.client,
    };
  };
}

async function statementCount(origin: string): Promise<number> {
  const text = await (await fetch(`${origin}/metrics`)).text();
  // Requests' statements and the background's (outbox relay, sweeper) alike: both are what a hold costs.
  return [...text.matchAll(/^sql_statements_total\{source="\w+"\} (\d+)$/gm)].reduce((sum, match) => sum + Number(match[1]), 0);
}
