import { heapAfterMajorGc } from '@boxoffice/platform';
import type { ChangeSignal } from './change-signal.js';
import { LatencyWindow } from './latency-window.js';

const QUANTILES = [0.5, 0.99];

/**
 * Counters and hop latencies of this gateway's subscriptions, for `/metrics`: commit →
 * Kafka (outbox relay), Kafka → fan-out consumer, consumer → this gateway (Redis, or 0 when
 * the replica read Kafka itself), signal → frames handed to the sockets (execution and send).
 */
export class SubscriptionMetrics {
  executions = 0;
  signals = 0;
  framesSent = 0;
  framesReplaced = 0;
  slowConsumersClosed = 0;
  private readonly hops = {
    outbox_to_kafka: new LatencyWindow(),
    kafka_to_consumer: new LatencyWindow(),
    consumer_to_gateway: new LatencyWindow(),
    signal_to_push: new LatencyWindow(),
  };

  constructor(private readonly gauges: { groups(): number; sockets(): number; subscriptions(): number }) {}

  signalReceived(signal: ChangeSignal, receivedAt: number): void {
    this.signals += 1;
    this.hops.outbox_to_kafka.add(signal.producedAt - signal.occurredAt);
    this.hops.kafka_to_consumer.add(signal.consumedAt - signal.producedAt);
    this.hops.consumer_to_gateway.add(receivedAt - signal.consumedAt);
  }

  pushed(signalReceivedAt: number): void {
    this.hops.signal_to_push.add(Date.now() - signalReceivedAt);
  }

  prometheus(): string {
    const memory = process.memoryUsage();
    const lines = [
      '# TYPE process_heap_used_bytes gauge',
      `process_heap_used_bytes ${memory.heapUsed}`,
      '# TYPE process_heap_after_major_gc_bytes gauge',
      `process_heap_after_major_gc_bytes ${heapAfterMajorGc()}`,
      '# TYPE process_resident_memory_bytes gauge',
      `process_resident_memory_bytes ${memory.rss}`,
      '# TYPE subscription_executions_total counter',
      `subscription_executions_total ${this.executions}`,
      '# TYPE subscription_signals_total counter',
      `subscription_signals_total ${this.signals}`,
      '# TYPE subscription_frames_sent_total counter',
      `subscription_frames_sent_total ${this.framesSent}`,
      '# TYPE subscription_frames_replaced_total counter',
      `subscription_frames_replaced_total ${this.framesReplaced}`,
      '# TYPE subscription_slow_consumers_closed_total counter',
      `subscription_slow_consumers_closed_total ${this.slowConsumersClosed}`,
      '# TYPE subscription_groups gauge',
      `subscription_groups ${this.gauges.groups()}`,
      '# TYPE subscription_sockets gauge',
      `subscription_sockets ${this.gauges.sockets()}`,
      '# TYPE subscription_active gauge',
      `subscription_active ${this.gauges.subscriptions()}`,
      '# TYPE subscription_hop_ms summary',
    ];
    for (const [hop, window] of Object.entries(this.hops)) {
      for (const q of QUANTILES) lines.push(`subscription_hop_ms{hop="${hop}",quantile="${q}"} ${window.quantile(q).toFixed(1)}`);
    }
    return `${lines.join('\n')}\n`;
  }
}
