import { Gauge, Histogram } from 'prom-client';
import type { ConsumerProgress } from '../messaging/consumer-progress.js';
import type { OutboxRelay } from '../messaging/outbox-relay.js';
import { metricsRegistry } from './registry.js';

/** Time one consumed fact took to handle, by topic and outcome (`ok`, `failed`: retried). */
export const messageHandlingSeconds = new Histogram({
  name: 'kafka_message_handling_seconds',
  help: 'Time to handle one consumed Kafka message, by topic and outcome',
  labelNames: ['topic', 'outcome'],
  buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5],
  registers: [metricsRegistry],
});

/** The outbox's unpublished rows and the age of the oldest, read at each scrape. */
export function watchOutbox(relay: OutboxRelay): void {
  let backlog = { rows: 0, oldestAgeSeconds: 0 };
  // A scrape collects both gauges at once; they share one query.
  let reading: Promise<void> | undefined;
  const read = () =>
    (reading ??= relay
      .backlog()
      .then((latest) => void (backlog = latest))
      .catch(() => undefined)
      .finally(() => (reading = undefined)));
  new Gauge({
    name: 'outbox_backlog_rows',
    help: 'Outbox rows not yet published to Kafka',
    registers: [metricsRegistry],
    async collect() {
      await read();
      this.set(backlog.rows);
    },
  });
  new Gauge({
    name: 'outbox_oldest_unpublished_age_seconds',
    help: 'Age of the oldest outbox row not yet published (0 when none waits)',
    registers: [metricsRegistry],
    async collect() {
      await read();
      this.set(backlog.oldestAgeSeconds);
    },
  });
}

/** Facts on each consumed topic that this service's consumer group has not applied yet. */
export function watchConsumerLag(progress: ConsumerProgress): void {
  new Gauge({
    name: 'kafka_consumer_lag_messages',
    help: 'Messages on a consumed topic not yet applied by this consumer group',
    labelNames: ['topic'],
    registers: [metricsRegistry],
    async collect() {
      const lag = await progress.lagByTopic().catch(() => undefined);
      if (!lag) return;
      for (const [topic, messages] of lag) this.set({ topic }, messages);
    },
  });
}
