import kafkajs from 'kafkajs';
import type { SubgraphName } from '@boxoffice/platform';
import { eventually } from './eventually.js';

/**
 * Waits until `subgraph`'s consumer group has applied every message now on `topic`: its committed
 * offsets reach the partitions' ends as they are when called. A group commits a fact's offset only
 * after its handler's transaction, so whatever those facts caused is then in its database.
 */
export async function awaitConsumed(subgraph: SubgraphName, topic: string, timeoutMs = 20_000): Promise<void> {
  const kafka = new kafkajs.Kafka({ clientId: 'consumed-test', brokers: process.env.BOXOFFICE_TEST_KAFKA_BROKERS!.split(','), logLevel: kafkajs.logLevel.NOTHING });
  const admin = kafka.admin();
  await admin.connect();
  try {
    const ends = await admin.fetchTopicOffsets(topic);
    await eventually(
      async () => {
        const [committed] = await admin.fetchOffsets({ groupId: subgraph, topics: [topic] });
        const done = new Map(committed?.partitions.map(({ partition, offset }) => [partition, Number(offset)]));
        const behind = ends.filter(({ partition, high, low }) => Number(high) > Math.max(done.get(partition) ?? -1, Number(low)));
        if (behind.length > 0) throw new Error(`${subgraph} has not applied ${topic} up to its end in partitions ${behind.map((p) => p.partition).join(', ')}`);
      },
      timeoutMs,
      200,
    );
  } finally {
    await admin.disconnect();
  }
}
