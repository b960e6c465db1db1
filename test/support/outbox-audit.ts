import kafkajs from 'kafkajs';
import { SUBGRAPH_NAMES, type SubgraphName } from '@boxoffice/platform';
import { queryDatabase } from './databases.js';

/** Which subgraphs' inboxes consume each topic (the projections' `topics`). */
export const CONSUMERS_OF: Readonly<Record<string, readonly SubgraphName[]>> = {
  'venues.venue': ['events', 'bookings'],
  'events.event': ['bookings'],
  'bookings.booking': ['payments'],
  'payments.payment': ['bookings'],
  'bookings.availability': [],
};

export interface WrittenFact {
  subgraph: SubgraphName;
  position: number;
  eventId: string;
  topic: string;
  key: string;
  published: boolean;
}

/** The last outbox position of every subgraph: facts written after it are a test's own. */
export async function outboxPositions(): Promise<Record<SubgraphName, number>> {
  const entries = await Promise.all(
    SUBGRAPH_NAMES.map(async (subgraph) => {
      const [row] = await queryDatabase<{ last: string | null }>(subgraph, `select max("position") as last from outbox_message`);
      return [subgraph, Number(row?.last ?? 0)] as const;
    }),
  );
  return Object.fromEntries(entries) as Record<SubgraphName, number>;
}

/** Every fact written into an outbox after `since`, in outbox order. */
export async function factsWrittenSince(since: Record<SubgraphName, number>): Promise<WrittenFact[]> {
  const perSubgraph = await Promise.all(
    SUBGRAPH_NAMES.map(async (subgraph) => {
      const rows = await queryDatabase<{ position: string; event_id: string; topic: string; key: string; published: boolean }>(
        subgraph,
        `select "position", "event_id", "topic", "key", "published_at" is not null as "published" from outbox_message where "position" > $1 order by "position"`,
        [since[subgraph]],
      );
      return rows.map((row) => ({ subgraph, position: Number(row.position), eventId: row.event_id, topic: row.topic, key: row.key, published: row.published }));
    }),
  );
  return perSubgraph.flat();
}

/** How many of `facts` each consuming subgraph's inbox has applied (one count per fact and consumer). */
export async function factsConsumed(facts: WrittenFact[]): Promise<{ expected: number; consumed: number }> {
  let expected = 0;
  let consumed = 0;
  for (const subgraph of SUBGRAPH_NAMES) {
    const ids = facts.filter((fact) => CONSUMERS_OF[fact.topic]?.includes(subgraph)).map((fact) => fact.eventId);
    if (ids.length === 0) continue;
    expected += ids.length;
    const [row] = await queryDatabase<{ count: string }>(subgraph, `select count(*) from processed_event where "event_id" = any($1::uuid[])`, [ids]);
    consumed += Number(row?.count ?? 0);
  }
  return { expected, consumed };
}

/** Every message now on `topics`, as (topic, key, event id) in partition order. */
export async function readTopics(brokers: string[], topics: string[]): Promise<Array<{ topic: string; key: string; eventId: string }>> {
  const kafka = new kafkajs.Kafka({ clientId: 'outbox-audit', brokers, logLevel: kafkajs.logLevel.NOTHING });
  const admin = kafka.admin();
  await admin.connect();
  const ends = new Map<string, number>();
  for (const topic of topics) {
    for (const { partition, high } of await admin.fetchTopicOffsets(topic)) ends.set(`${topic}/${partition}`, Number(high));
  }
  await admin.disconnect();

  const read: Array<{ topic: string; key: string; eventId: string }> = [];
  const remaining = new Set([...ends].filter(([, high]) => high > 0).map(([partition]) => partition));
  if (remaining.size === 0) return read;
  const consumer = kafka.consumer({ groupId: `outbox-audit-${Date.now()}`, sessionTimeout: 10_000 });
  await consumer.connect();
  await consumer.subscribe({ topics, fromBeginning: true });
  await new Promise<void>((resolve, reject) => {
    consumer
      .run({
        eachMessage: async ({ topic, partition, message }) => {
          const event = JSON.parse(message.value!.toString()) as { id: string };
          read.push({ topic, key: message.key!.toString(), eventId: event.id });
          if (Number(message.offset) + 1 >= ends.get(`${topic}/${partition}`)!) remaining.delete(`${topic}/${partition}`);
          if (remaining.size === 0) resolve();
        },
      })
      .catch(reject);
  });
  await consumer.disconnect();
  return read;
}
