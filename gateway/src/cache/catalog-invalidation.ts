import { randomUUID } from 'node:crypto';
import { TOPICS, type KafkaClient, type Logger } from '@boxoffice/platform';
import type { CatalogCache } from './catalog-cache.js';

type CatalogConsumer = ReturnType<KafkaClient['consumer']>;

/** How long a fetch may wait for new facts before answering empty; also the liveness beat. */
const MAX_WAIT_MS = 500;
/**
 * Without a completed fetch for this long, the cache stops serving (see CatalogCache): long
 * enough that a busy machine does not make it flap, short enough to bound a silent stall.
 */
const LIVE_WINDOW_MS = 20 * MAX_WAIT_MS;

/**
 * Every replica reads the catalog facts itself, in a consumer group of its own that starts at
 * the latest offset and commits nothing, and empties its cache on each fact.
 */
export async function startCatalogInvalidation(kafka: KafkaClient, cache: CatalogCache, logger: Logger, sessionTimeoutMs: number): Promise<CatalogConsumer> {
  const consumer = kafka.consumer({
    groupId: `gateway-catalog-cache-${randomUUID()}`,
    maxWaitTimeInMs: MAX_WAIT_MS,
    sessionTimeout: sessionTimeoutMs,
    heartbeatInterval: Math.min(1_000, sessionTimeoutMs / 4),
    retry: { initialRetryTime: 100, retries: Number.MAX_SAFE_INTEGER },
  });
  consumer.on(consumer.events.FETCH, () => cache.confirmLive(LIVE_WINDOW_MS));
  for (const event of [consumer.events.CRASH, consumer.events.DISCONNECT, consumer.events.STOP, consumer.events.GROUP_JOIN]) {
    consumer.on(event, () => cache.close());
  }
  await consumer.connect();
  await consumer.subscribe({ topics: [TOPICS.venue, TOPICS.event], fromBeginning: false });
  await consumer.run({
    autoCommit: false,
    eachBatch: async ({ batch }) => {
      if (batch.messages.length === 0) return;
      cache.invalidate();
      logger.debug({ topic: batch.topic, facts: batch.messages.length }, 'catalog cache invalidated');
    },
  });
  return consumer;
}
