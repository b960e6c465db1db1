import { randomUUID } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { ReceivedEvent } from '../src/messaging/domain-event.js';
import { inboxHandler } from '../src/messaging/inbox-handler.js';
import { InboxPruner } from '../src/messaging/inbox-pruner.js';
import { TOPICS } from '../src/messaging/topics.js';
import { eventually } from '../../../test/support/index.js';
import { connectOrm, logger, testDatabaseUrl } from './test-database.js';

/** The inbox's guarantees on a real Postgres. */
let orm: MikroORM;
beforeAll(async () => {
  orm = await connectOrm(testDatabaseUrl('platform_inbox'));
});
afterAll(() => orm.close());

const event = (id = randomUUID()): ReceivedEvent => ({
  id,
  type: 'Probed',
  occurredAt: new Date().toISOString(),
  aggregateId: 'a1',
  payload: {},
  topic: TOPICS.venue,
});

describe('the inbox', () => {
  it('applies an event once, however often and however concurrently it is delivered', async () => {
    let applied = 0;
    const handle = inboxHandler(orm, `probe-${randomUUID()}`, { Probed: async () => void (applied += 1) });
    const delivered = event();
    await handle(delivered);
    await handle(delivered);
    await Promise.all([handle(delivered), handle(delivered), handle(event(delivered.id))]);
    expect(applied).toBe(1);
  });

  it('forgets an event whose handler failed, so its redelivery is applied', async () => {
    const consumer = `probe-${randomUUID()}`;
    const delivered = event();
    await expect(inboxHandler(orm, consumer, { Probed: async () => Promise.reject(new Error('boom')) })(delivered)).rejects.toThrow('boom');
    let applied = 0;
    await inboxHandler(orm, consumer, { Probed: async () => void (applied += 1) })(delivered);
    expect(applied).toBe(1);
  });

  it('keeps consumers apart: each applies the event once', async () => {
    const delivered = event();
    let applied = 0;
    const count = { Probed: async () => void (applied += 1) };
    await inboxHandler(orm, `probe-${randomUUID()}`, count)(delivered);
    await inboxHandler(orm, `probe-${randomUUID()}`, count)(delivered);
    expect(applied).toBe(2);
  });

  it('forgets ids applied longer ago than its retention, in bounded batches, and still skips a recent redelivery', async () => {
    const consumer = `probe-${randomUUID()}`;
    const countOf = async (sql: string) => Number((await orm.em.fork().execute<Array<{ n: string }>>(sql, [consumer]))[0]!.n);
    // More than one batch of ids applied three days ago.
    await orm.em.fork().execute(`insert into "processed_event" ("consumer", "event_id", "processed_at")
      select ?, gen_random_uuid(), now() - interval '3 days' from generate_series(1, 1500)`, [consumer]);
    let applied = 0;
    const handle = inboxHandler(orm, consumer, { Probed: async () => void (applied += 1) });
    const recent = event();
    await handle(recent);

    const pruner = new InboxPruner(orm, { keepMs: 24 * 3600_000, everyMs: 3600_000 }, logger).start();
    try {
      await eventually(async () => expect(await countOf(`select count(*) as n from "processed_event" where "consumer" = ? and "processed_at" < now() - interval '1 day'`)).toBe(0));
    } finally {
      await pruner.stop();
    }
    expect(await countOf(`select count(*) as n from "processed_event" where "consumer" = ?`)).toBe(1);
    await handle(recent);
    expect(applied).toBe(1);
  });
});
