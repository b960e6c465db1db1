import kafkajs from 'kafkajs';
import type { SubgraphName } from '@boxoffice/platform';
import { queryDatabase } from './databases.js';
import { eventually } from './eventually.js';

/** A fact as it travels on Kafka (the DomainEvent envelope). */
export interface Fact<P = any> {
  id: string;
  type: string;
  occurredAt: string;
  aggregateId: string;
  payload: P;
}

/** The latest `type` fact `producer` recorded about `key` on `topic`, once its relay has published it. */
export async function publishedFact<P = any>(producer: SubgraphName, topic: string, key: string, type: string, timeoutMs = 30_000): Promise<Fact<P>> {
  return eventually(async () => {
    const [row] = await queryDatabase<{ event_id: string; occurred_at: Date; payload: P }>(
      producer,
      `select "event_id", "occurred_at", "payload" from "outbox_message"
       where "topic" = $1 and "key" = $2 and "type" = $3 and "published_at" is not null order by "position" desc limit 1`,
      [topic, key, type],
    );
    if (!row) throw new Error(`no published ${type} of ${key} on ${topic}`);
    return { id: row.event_id, type, occurredAt: row.occurred_at.toISOString(), aggregateId: key, payload: row.payload };
  }, timeoutMs, 200);
}

/** Sends `fact` on `topic` as an outbox relay does: keyed by its aggregate, with its type header. */
export async function sendFact(topic: string, fact: Fact): Promise<void> {
  const kafka = new kafkajs.Kafka({ clientId: 'test-facts', brokers: process.env.BOXOFFICE_TEST_KAFKA_BROKERS!.split(','), logLevel: kafkajs.logLevel.NOTHING });
  const producer = kafka.producer({ allowAutoTopicCreation: false });
  await producer.connect();
  try {
    await producer.send({ topic, messages: [{ key: fact.aggregateId, value: JSON.stringify(fact), headers: { 'event-type': fact.type } }] });
  } finally {
    await producer.disconnect();
  }
}

/** Waits until `consumer`'s inbox has applied the fact `eventId` (its handler's transaction committed). */
export async function awaitFactApplied(consumer: SubgraphName, eventId: string, timeoutMs = 20_000): Promise<void> {
  await eventually(async () => {
    const rows = await queryDatabase(consumer, `select 1 from "processed_event" where "event_id" = $1`, [eventId]);
    if (rows.length === 0) throw new Error(`${consumer} has not applied fact ${eventId} yet`);
  }, timeoutMs, 200);
}
