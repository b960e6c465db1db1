import type { SubgraphName } from '@boxoffice/platform';
import { awaitConsumed } from '../../../test/support/consumer-offsets.js';
import { publishedFact, sendFact } from '../../../test/support/facts.js';

/**
 * Publishes a fact again exactly as the outbox relay did (same event id), as Kafka may after a
 * producer retry or a consumer crash before its commit, and waits until notifications has
 * consumed the copy, so whatever it caused (were it not deduplicated) can be counted.
 */
export async function redeliver(producer: SubgraphName, topic: string, aggregateId: string, type: string): Promise<void> {
  await sendFact(topic, await publishedFact(producer, topic, aggregateId, type));
  await awaitConsumed('notifications', topic);
}
