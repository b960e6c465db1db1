import { randomUUID } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Producer, RetryOptions } from 'kafkajs';
import pg from 'pg';
import { startEmbeddedBroker, type EmbeddedBroker } from '../src/kafka/embedded-broker.js';
import { startEventConsumer } from '../src/messaging/event-consumer.js';
import { createKafkaClient } from '../src/messaging/kafka-client.js';
import { OutboxMessage } from '../src/messaging/outbox-message.entity.js';
import { OutboxRelay } from '../src/messaging/outbox-relay.js';
import { outboxInsertSql, recordEvents, systemOrigin } from '../src/messaging/outbox.js';
import { ALL_TOPICS, TOPICS } from '../src/messaging/topics.js';
import type { ReceivedEvent } from '../src/messaging/domain-event.js';
import { eventually } from '../../../test/support/index.js';
import { connectOrm, logger, testDatabaseUrl } from './test-database.js';

/** The outbox's guarantees on a real Postgres and a real Kafka-protocol broker. */
const databaseUrl = testDatabaseUrl('platform');

let orm: MikroORM;
beforeAll(async () => {
  orm = await connectOrm(databaseUrl);
});
afterAll(() => orm.close());

describe('the outbox trigger', () => {
  it('wakes the relay for a statement that inserted rows, never for one that inserted none', async () => {
    const listener = new pg.Client({ connectionString: databaseUrl });
    await listener.connect();
    const notified: string[] = [];
    listener.on('notification', (notification) => notified.push(notification.channel));
    await listener.query('listen "outbox_message"');
    try {
      const em = orm.em.fork();
      // No relay runs here yet: with rows still waiting, an insert would not notify either.
      await em.execute(`update "outbox_message" set "published_at" = now() where "published_at" is null`);
      // As a refused hold's fact (bookings' seat-claim.ts): the statement trigger fires, with no rows.
      const none = outboxInsertSql(TOPICS.venue, 'Probed', `(select 'a1' as "aggregate_id", '{}'::jsonb as "payload" where false) as "nothing"`, systemOrigin());
      await em.execute(none.sql, none.params);
      const one = outboxInsertSql(TOPICS.venue, 'Probed', `(select 'a1' as "aggregate_id", '{}'::jsonb as "payload") as "something"`, systemOrigin());
      await em.execute(one.sql, one.params);
      await eventually(() => expect(notified).toEqual(['outbox_message']));
      await em.execute(`update "outbox_message" set "published_at" = now() where "published_at" is null`);
    } finally {
      await listener.end();
    }
  });
});

describe('the outbox relay', () => {
  let broker: EmbeddedBroker;
  let relay: OutboxRelay;
  let producer: Producer;
  const received: ReceivedEvent[] = [];
  const kafkaClients: Array<{ disconnect(): Promise<void> }> = [];

  beforeAll(async () => {
    broker = await startEmbeddedBroker({ topics: ALL_TOPICS });
    const kafka = createKafkaClient('platform-test', broker.bootstrapServers, logger);
    producer = kafka.producer({ idempotent: false });
    await producer.connect();
    relay = new OutboxRelay(orm, producer, databaseUrl, logger);
    await relay.start();
    const consumer = await startEventConsumer({
      kafka,
      groupId: `probe-${randomUUID()}`,
      topics: [TOPICS.venue],
      logger,
      sessionTimeoutMs: 4_000,
      handle: async (e) => void received.push(e),
    });
    kafkaClients.push(consumer, producer);
  }, 30_000);

  afterAll(async () => {
    await relay.stop();
    for (const client of kafkaClients) await client.disconnect();
    await broker.stop();
  });

  it('publishes committed events in order, keyed by aggregate, with the correlation id and actor', async () => {
    const aggregateId = randomUUID();
    const actorId = randomUUID();
    await orm.em.fork().transactional(async (em) => {
      recordEvents(em, { correlationId: 'corr-42', auth: { viewer: { id: actorId, role: 'ADMIN' } } }, [1, 2, 3].map((n) => ({ topic: TOPICS.venue, type: `Step${n}`, aggregateId, payload: { n } })));
    });
    const mine = await eventually(async () => {
      const found = received.filter((e) => e.aggregateId === aggregateId);
      if (found.length < 3) throw new Error(`${found.length} of 3 received`);
      return found;
    });
    expect(mine.map((e) => e.type)).toEqual(['Step1', 'Step2', 'Step3']);
    expect(mine.map((e) => e.payload)).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
    expect(new Set(mine.map((e) => e.id)).size).toBe(3);
    for (const e of mine) expect(e.correlationId).toBe('corr-42');
    for (const e of mine) expect(e.actorId).toBe(actorId);
    // The relay marks its batch published when Kafka has acknowledged it, which a consumer may beat.
    await eventually(async () => {
      const rows = await orm.em.fork().find(OutboxMessage, { key: aggregateId });
      expect(rows).toHaveLength(3);
      for (const row of rows) expect(row.publishedAt).toBeInstanceOf(Date);
    });
  });

  it("with a second relay on the database (a replica), still publishes one aggregate's facts in commit order", async () => {
    const replica = new OutboxRelay(orm, producer, databaseUrl, logger);
    await replica.start();
    try {
      const aggregateId = randomUUID();
      for (let n = 1; n <= 30; n += 1) {
        await orm.em.fork().transactional(async (em) => recordEvents(em, systemOrigin(), [{ topic: TOPICS.venue, type: 'Counted', aggregateId, payload: { n } }]));
      }
      const mine = await eventually(async () => {
        const found = received.filter((e) => e.aggregateId === aggregateId);
        if (found.length < 30) throw new Error(`${found.length} of 30 received`);
        return found;
      });
      expect(mine.map((e) => (e.payload as { n: number }).n)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    } finally {
      await replica.stop();
    }
  });

  it('publishes secret payload keys, then removes them from the row it marks published', async () => {
    const aggregateId = randomUUID();
    await orm.em.fork().transactional(async (em) => {
      recordEvents(em, systemOrigin(), [
        { topic: TOPICS.venue, type: 'Mailed', aggregateId, payload: { n: 1, token: 'raw-secret' }, secretKeys: ['token'] },
        { topic: TOPICS.venue, type: 'Plain', aggregateId, payload: { n: 2, token: 'not secret' } },
      ]);
    });
    const mine = await eventually(async () => {
      const found = received.filter((e) => e.aggregateId === aggregateId);
      if (found.length < 2) throw new Error(`${found.length} of 2 received`);
      return found;
    });
    expect(mine.map((e) => e.payload)).toEqual([{ n: 1, token: 'raw-secret' }, { n: 2, token: 'not secret' }]);
    await eventually(async () => {
      const rows = await orm.em.fork().find(OutboxMessage, { key: aggregateId }, { orderBy: { position: 'asc' } });
      for (const row of rows) expect(row.publishedAt).toBeInstanceOf(Date);
      expect(rows.map((row) => row.payload)).toEqual([{ n: 1 }, { n: 2, token: 'not secret' }]);
    });
  });

  it('deletes published rows past their retention, a bounded batch at a time, and keeps the others', async () => {
    const countOf = async (sql: string, params: unknown[] = []) => Number((await orm.em.fork().execute<Array<{ n: string }>>(sql, params))[0]!.n);
    const old = randomUUID();
    await orm.em.fork().transactional(async (em) => recordEvents(em, systemOrigin(), [1, 2, 3].map((n) => ({ topic: TOPICS.venue, type: 'Aged', aggregateId: old, payload: { n } }))));
    await eventually(async () => expect(await countOf(`select count(*) as n from "outbox_message" where "key" = ? and "published_at" is not null`, [old])).toBe(3));
    // Everything published so far was published two hours ago: more than one batch of rows past an hour's retention.
    await orm.em.fork().execute(`insert into "outbox_message" ("event_id", "topic", "key", "type", "payload", "occurred_at", "published_at")
      select gen_random_uuid(), 'venue', ?, 'Filler', '{}', now(), now() from generate_series(1, 1200)`, [old]);
    await orm.em.fork().execute(`update "outbox_message" set "published_at" = now() - interval '2 hours' where "published_at" is not null`);
    const recent = randomUUID();
    await orm.em.fork().transactional(async (em) => recordEvents(em, systemOrigin(), [{ topic: TOPICS.venue, type: 'Fresh', aggregateId: recent, payload: {} }]));
    await eventually(async () => expect(await countOf(`select count(*) as n from "outbox_message" where "key" = ? and "published_at" is not null`, [recent])).toBe(1));

    const pruner = new OutboxRelay(orm, producer, databaseUrl, logger, { keepPublishedMs: 3600_000, pruneEveryMs: 0 });
    await pruner.start();
    try {
      await eventually(async () => expect(await countOf(`select count(*) as n from "outbox_message" where "key" = ?`, [old])).toBe(0), 15_000);
      expect(await countOf(`select count(*) as n from "outbox_message" where "published_at" < now() - interval '1 hour'`)).toBe(0);
      expect(await countOf(`select count(*) as n from "outbox_message" where "key" = ?`, [recent])).toBe(1);
    } finally {
      await pruner.stop();
    }
  });

  it('publishes nothing of a transaction that rolled back', async () => {
    const aggregateId = randomUUID();
    await expect(
      orm.em.fork().transactional(async (em) => {
        recordEvents(em, systemOrigin(), [{ topic: TOPICS.venue, type: 'Never', aggregateId, payload: {} }]);
        await em.flush();
        throw new Error('state change failed');
      }),
    ).rejects.toThrow('state change failed');
    const marker = randomUUID();
    await orm.em.fork().transactional(async (em) => recordEvents(em, systemOrigin(), [{ topic: TOPICS.venue, type: 'Marker', aggregateId: marker, payload: {} }]));
    await eventually(async () => {
      if (!received.some((e) => e.aggregateId === marker)) throw new Error('marker not yet received');
    });
    expect(received.some((e) => e.aggregateId === aggregateId)).toBe(false);
  });
});

describe('the outbox relay while Kafka is unreachable', () => {
  /** A started relay on this database whose producer has a broker of its own, for the test to take away. */
  async function relayWithOwnBroker(clientId: string, retry: RetryOptions) {
    const broker = await startEmbeddedBroker({ topics: ALL_TOPICS });
    const producer = createKafkaClient(clientId, broker.bootstrapServers, logger).producer({ idempotent: false, retry });
    await producer.connect();
    const relay = new OutboxRelay(orm, producer, databaseUrl, logger);
    await relay.start();
    return { broker, producer, relay };
  }

  it('keeps every event in the outbox, unpublished, for a later attempt', async () => {
    const { broker, producer, relay } = await relayWithOwnBroker('platform-test-down', { retries: 1, initialRetryTime: 50 });
    await broker.stop();

    const aggregateId = randomUUID();
    await orm.em.fork().transactional(async (em) => recordEvents(em, systemOrigin(), [{ topic: TOPICS.venue, type: 'Kept', aggregateId, payload: {} }]));
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    const [row] = await orm.em.fork().find(OutboxMessage, { key: aggregateId });
    expect(row).toBeDefined();
    expect(row!.publishedAt ?? null).toBeNull();

    await relay.stop();
    await producer.disconnect().catch(() => undefined);
    // Still there after the relay gave up at shutdown: the next relay to start publishes it.
    const [kept] = await orm.em.fork().find(OutboxMessage, { key: aggregateId });
    expect(kept!.publishedAt ?? null).toBeNull();
    await orm.em.fork().nativeDelete(OutboxMessage, { key: aggregateId });
  }, 30_000);

  it('keeps no transaction open while it waits for Kafka', async () => {
    const { broker, producer, relay } = await relayWithOwnBroker('platform-test-slow', { retries: 8, initialRetryTime: 300 });
    broker.takeDown();
    const aggregateId = randomUUID();
    try {
      await orm.em.fork().transactional(async (em) => recordEvents(em, systemOrigin(), [{ topic: TOPICS.venue, type: 'Waiting', aggregateId, payload: {} }]));
      const samples: Array<{ sending: boolean; idleInTransaction: number }> = [];
      for (let i = 0; i < 60; i += 1) {
        const [sample] = await orm.em.fork().execute<Array<{ sending: boolean; idleInTransaction: number }>>(
          `select exists (select 1 from pg_locks where "locktype" = 'advisory' and "database" = (select oid from pg_database where datname = current_database())) as "sending",
             (select count(*)::int from pg_stat_activity where "datname" = current_database() and "state" = 'idle in transaction') as "idleInTransaction"`,
        );
        samples.push(sample!);
        await new Promise((resolve) => setTimeout(resolve, 30));
      }
      // The relay was retrying its send through the samples, and never inside a transaction.
      expect(samples.filter((sample) => sample.sending).length).toBeGreaterThan(30);
      expect(samples.filter((sample) => sample.idleInTransaction > 0)).toEqual([]);
    } finally {
      broker.bringUp();
      await relay.stop();
      await producer.disconnect().catch(() => undefined);
      await broker.stop();
      await orm.em.fork().nativeDelete(OutboxMessage, { key: aggregateId });
    }
  }, 60_000);
});
