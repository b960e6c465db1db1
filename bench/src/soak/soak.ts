import { registerAccounts, createVenue, publishEvent, seatCount, type Layout } from '../hot-drop/on-sale.js';
import { StackProbe, type StackAddresses, type StackSample } from './stack-probe.js';
import { startTraffic, type TrafficCounts } from './traffic.js';

const LAYOUT: Layout = { sections: 4, rowsPerSection: 10, seatsPerRow: 20 };
const SAMPLE_EVERY_MS = 2_000;
/** Allowed growth of a process's heap from the start of the measured run to its end. */
const HEAP_TOLERANCE = 0.1;

export interface SoakOptions {
  gatewayUrl: string;
  stack: StackAddresses;
  seconds: number;
  customers: number;
}

export interface SoakReport {
  seconds: number;
  traffic: TrafficCounts;
  /** Each process's heap right after a full collection: the least in the first and in the last fifth of the run. */
  heap: Record<string, { first: number; last: number }>;
  /** The most in the first fifth of the run, and how many were left once it had settled. */
  databaseConnections: { first: number; last: number };
  channelsLeft: number;
  outboxBacklog: number;
  consumerLag: number;
  problems: string[];
}

/**
 * Mixed traffic for `seconds` (after a warm-up of a fifth of it, at least 10 s) while the stack's
 * vital signs are sampled; then the traffic stops and the stack must settle: no heap growth past
 * 10%, no more database connections than at the start, no Redis channel left for the event, the
 * outboxes and consumer groups at zero, and no answer but data or a business refusal.
 */
export async function runSoak({ gatewayUrl, stack, seconds, customers: customerCount }: SoakOptions): Promise<SoakReport> {
  const [organizer] = await registerAccounts(gatewayUrl, 1, 'ORGANIZER');
  const customers = await registerAccounts(gatewayUrl, customerCount, 'CUSTOMER');
  const venue = await createVenue(gatewayUrl, organizer!, LAYOUT);
  const eventId = await publishEvent(gatewayUrl, organizer!, venue.id, seatCount(LAYOUT));
  const probe = new StackProbe(stack);
  await probe.start();
  try {
    const traffic = startTraffic({ gatewayUrl, eventId, venue }, customers);
    await sleep(Math.max(10, seconds / 5) * 1000);
    traffic.counts.sent = {};
    const samples: StackSample[] = [];
    const started = Date.now();
    while (Date.now() - started < seconds * 1000) {
      samples.push(await probe.sample());
      await sleep(SAMPLE_EVERY_MS);
    }
    const counts = await traffic.stop();

    const fifth = Math.max(1, Math.floor(samples.length / 5));
    const [first, last] = [samples.slice(0, fifth), samples.slice(-fifth)];
    const heap = Object.fromEntries(
      Object.keys(samples[0]!.heapBytes).map((name) => [
        name,
        { first: Math.min(...first.map((s) => s.heapBytes[name]!)), last: Math.min(...last.map((s) => s.heapBytes[name]!)) },
      ]),
    );
    // Pools grow and shrink with load; a leak is a connection that never goes back.
    const firstConnections = Math.max(...first.map((s) => s.databaseConnections));
    const settled = await settle(probe, eventId, firstConnections);
    const databaseConnections = { first: firstConnections, last: settled.databaseConnections };

    const problems = [
      ...counts.unexpected.slice(0, 20).map((answer) => `unexpected answer: ${answer}`),
      ...Object.entries(heap)
        .filter(([, { first: before, last: after }]) => after > before * (1 + HEAP_TOLERANCE))
        .map(([name, { first: before, last: after }]) => `${name} heap grew ${percent(before, after)}`),
      ...(databaseConnections.last > databaseConnections.first ? [`database connections grew from ${databaseConnections.first} to ${databaseConnections.last} and stayed`] : []),
      ...(settled.channelsLeft > 0 ? [`${settled.channelsLeft} Redis channels of the event still listened to`] : []),
      ...(settled.outboxBacklog > 0 ? [`${settled.outboxBacklog} facts left unpublished`] : []),
      ...(settled.consumerLag > 0 ? [`consumers ${settled.consumerLag} facts behind`] : []),
    ];
    const { channelsLeft, outboxBacklog, consumerLag } = settled;
    return { seconds, traffic: counts, heap, databaseConnections, channelsLeft, outboxBacklog, consumerLag, problems };
  } finally {
    await probe.stop();
  }
}

/**
 * Waits (up to 60 s) for the stack to have nothing in flight left and its pools back to at most
 * `connections` (idle connections close after a while); returns what is left then.
 */
async function settle(probe: StackProbe, eventId: string, connections: number) {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const left = {
      channelsLeft: await probe.channelsAbout(eventId),
      outboxBacklog: await probe.outboxBacklog(),
      consumerLag: await probe.consumerLag(),
      databaseConnections: (await probe.sample()).databaseConnections,
    };
    const settled = left.channelsLeft === 0 && left.outboxBacklog === 0 && left.consumerLag === 0 && left.databaseConnections <= connections;
    if (settled || Date.now() > deadline) return left;
    await sleep(1_000);
  }
}

export function describeSoak(report: SoakReport): string[] {
  const sent = Object.values(report.traffic.sent).reduce((sum, n) => sum + n, 0);
  return [
    `soak: ${sent} operations in ${report.seconds} s (${(sent / report.seconds).toFixed(1)}/s): ${JSON.stringify(report.traffic.sent)}`,
    `soak: ${report.traffic.refusals} business refusals (SEAT_UNAVAILABLE), ${report.traffic.paymentRetries} payments retried (booking not yet known to payments), ${report.traffic.unexpected.length} unexpected answers`,
    `soak: heap after full collections, first and last fifth: ${Object.entries(report.heap)
      .map(([name, { first, last }]) => `${name} ${mb(first)}→${mb(last)} (${percent(first, last)})`)
      .join(', ')}`,
    `soak: database connections ${report.databaseConnections.first} (most in the first fifth), ${report.databaseConnections.last} once settled; ` +
      `Redis channels of the event ${report.channelsLeft}, outbox backlog ${report.outboxBacklog}, consumer lag ${report.consumerLag}`,
    ...report.problems.map((problem) => `soak problem: ${problem}`),
  ];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;
const percent = (before: number, after: number) => `${after >= before ? '+' : ''}${(((after - before) / before) * 100).toFixed(1)}%`;
