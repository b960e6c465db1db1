import { createKafkaClient, createLogger } from '@boxoffice/platform';
import type { SubgraphName } from '@boxoffice/platform';
import { awaitConsumed } from '../../../test/support/consumer-offsets.js';
import { queryDatabase } from '../../../test/support/index.js';

/**
 * Publishes a fact again exactly as the outbox relay did (same event id), as Kafka may after a
 * producer retry or a consumer crash before its commit, and waits until notifications has
 * consumed the copy, so whatever it caused (were it not deduplicated) can be counted.
 */
export async function redeliver(producer: SubgraphName, topic: string, aggregateId: string, type: string): Promise<void> {
  const [message] = await queryDatabase<{ event_id: string; occurred_at: Date; payload: unknown }>(
    producer,
    `select "event_id", "occurred_at", "payload" from "outbox_message" where "topic" = $1 and "key" = $2 and "type" = $3 and "published_at" is not null`,
    [topic, aggregateId, type],
  );
  if (!message) throw new Error(`no published ${type} of ${aggregateId} on ${topic}`);
  const event = { id: message.event_id, type, occurredAt: message.occurred_at.toISOString(), aggregateId, payload: message.payload };
  const kafka = createKafkaClient('redeliver-test', process.env.BOXOFFICE_TEST_KAFKA_BROKERS!.split(','), createLogger('test'));
  const kafkaProducer = kafka.producer({ allowAutoTopicCreation: false });
  await kafkaProducer.connect();
  try {
    await kafkaProducer.send({ topic, messages: [{ key: aggregateId, value: JSON.stringify(event), headers: { 'event-type': type } }] });
  } finally {
    await kafkaProducer.disconnect();
  }
  await awaitConsumed('notifications', topic);
}
