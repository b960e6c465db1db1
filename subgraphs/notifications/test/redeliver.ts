import type { SubgraphName } from '@boxoffice/platform';
import { publishedFact, sendFact } from '../../../test/support/facts.js';

/**
 * Publishes a fact again exactly as the outbox relay did (same event id), as Kafka may after a
 * producer retry or a consumer crash before its commit.
 */
export async function redeliver(producer: SubgraphName, topic: string, aggregateId: string, type: string): Promise<void> {
  await sendFact(topic, await publishedFact(producer, topic, aggregateId, type));
}
