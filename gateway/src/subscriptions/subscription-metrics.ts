import { metricsRegistry } from '@boxoffice/platform';
import { Counter, Gauge, Summary, type Registry } from 'prom-client';
import type { ChangeSignal } from './change-signal.js';

/** Latency quantiles over the last 10 minutes, so they follow the current load. */
const HOP_WINDOW = { percentiles: [0.5, 0.99], maxAgeSeconds: 600, ageBuckets: 5 };

/**
 * Counters, gauges and hop latencies of this gateway's subscriptions, for `/metrics`: commit →
 * Kafka (outbox relay), Kafka → fan-out consumer, consumer → this gateway (Redis, or 0 when
 * the replica read Kafka itself), signal → frames handed to the sockets (execution and send).
 */
export class SubscriptionMetrics {
  readonly executions: Counter;
  readonly signals: Counter;
  readonly framesSent: Counter;
  readonly framesReplaced: Counter;
  readonly slowConsumersClosed: Counter;
  private readonly hops: Summary<'hop'>;

  constructor(gauges: { groups(): number; sockets(): number; subscriptions(): number }, registry: Registry = metricsRegistry) {
    const registers = [registry];
    const counter = (name: string, help: string) => new Counter({ name, help, registers });
    this.executions = counter('subscription_executions_total', 'Executions of subscription groups (one per group and change)');
    this.signals = counter('subscription_signals_total', 'Change signals received');
    this.framesSent = counter('subscription_frames_sent_total', 'Pushes sent to subscribers');
    this.framesReplaced = counter('subscription_frames_replaced_total', 'Pushes replaced by a newer one before a slow socket drained');
    this.slowConsumersClosed = counter('subscription_slow_consumers_closed_total', 'Sockets closed for reading too slowly (code 4008)');
    const gauge = (name: string, help: string, read: () => number) =>
      new Gauge({
        name,
        help,
        registers,
        collect() {
          this.set(read());
        },
      });
    gauge('subscription_groups', 'Subscription groups (shared executions) open', () => gauges.groups());
    gauge('subscription_sockets', 'Open graphql-ws connections', () => gauges.sockets());
    gauge('subscription_active', 'Subscriptions open over all sockets', () => gauges.subscriptions());
    gauge('process_heap_used_bytes', 'V8 heap in use', () => process.memoryUsage().heapUsed);
    this.hops = new Summary({ name: 'subscription_hop_ms', help: 'Latency of each hop of a change on its way to subscribers, ms', labelNames: ['hop'], registers, ...HOP_WINDOW });
  }

  signalReceived(signal: ChangeSignal, receivedAt: number): void {
    this.signals.inc();
    this.hops.observe({ hop: 'outbox_to_kafka' }, signal.producedAt - signal.occurredAt);
    this.hops.observe({ hop: 'kafka_to_consumer' }, signal.consumedAt - signal.producedAt);
    this.hops.observe({ hop: 'consumer_to_gateway' }, receivedAt - signal.consumedAt);
  }

  pushed(signalReceivedAt: number): void {
    this.hops.observe({ hop: 'signal_to_push' }, Date.now() - signalReceivedAt);
  }
}
