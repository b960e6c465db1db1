import type { MikroORM } from '@mikro-orm/postgresql';
import { context } from '@opentelemetry/api';
import kafkajs, { type Producer } from 'kafkajs';
import pg from 'pg';
import type { Logger } from 'pino';
import { CORRELATION_HEADER, type DomainEvent } from './domain-event.js';
import { PeriodicTask } from '../util/periodic-task.js';
import { OutboxMessage } from './outbox-message.entity.js';
import { continuedContext } from '../tracing/trace-context.js';

const { CompressionTypes } = kafkajs;
const BATCH_SIZE = 100;
/**
 * Kafka refuses record batches over 1 MB (message.max.bytes); a send stops adding rows before
 * their JSON passes this, whatever gzip makes of it. Every producer keeps single facts far
 * below it (venues split seat maps into pieces).
 */
const MAX_BATCH_BYTES = 900_000;
const POLL_INTERVAL_MS = 1000;
/** Rows looked at, oldest first, by one pruning statement. */
const PRUNE_BATCH = 1000;

export interface OutboxRetention {
  /** Published rows older than this are deleted: Kafka has their facts. */
  keepPublishedMs: number;
  /** After a pruning statement found less than a full batch to delete, the next looks this much later. */
  pruneEveryMs: number;
}

/** As long as Kafka keeps a topic's records by default (log.retention.hours = 168). */
export const DEFAULT_OUTBOX_RETENTION: OutboxRetention = { keepPublishedMs: 7 * 24 * 3600_000, pruneEveryMs: 10 * 60_000 };

/**
 * One relay of a database sends at a time: it holds this session advisory lock on its listener
 * connection while it drains. No transaction is open while Kafka is called, the lock needs no
 * lease (Postgres drops it with the session when a relay's process dies), and with several
 * replicas facts still leave in commit order.
 */
const SENDER_LOCK = 7_007_001;

/**
 * Publishes outbox rows to Kafka in commit order and marks them published, removing their
 * secret payload keys in the same statement. Woken by the outbox's NOTIFY trigger, and by a
 * slow poll as a safety net; while Kafka is down it keeps the rows and retries. A crash between
 * a send and its mark sends those rows again (consumers are idempotent). After sending, it
 * deletes published rows past their retention, a bounded batch at a time.
 */
export class OutboxRelay {
  /** LISTENs and holds SENDER_LOCK; opened again by the next drain when it is lost. */
  private listener?: pg.Client;
  private readonly task: PeriodicTask;
  private nextPruneAt = 0;

  constructor(
    private readonly orm: MikroORM,
    private readonly producer: Producer,
    private readonly databaseUrl: string,
    private readonly logger: Logger,
    private readonly retention: OutboxRetention = DEFAULT_OUTBOX_RETENTION,
  ) {
    this.task = new PeriodicTask({ name: 'outbox relay', intervalMs: POLL_INTERVAL_MS, run: () => this.drain(), logger });
  }

  async start(): Promise<void> {
    await this.connectListener();
    this.task.start();
  }

  /** Stops waking, then publishes what is left (best effort) so a clean shutdown loses nothing. */
  async stop(): Promise<void> {
    await this.task.stop();
    await this.drain().catch((err) => this.logger.warn({ err }, 'outbox not fully flushed at shutdown'));
    await this.listener?.end().catch(() => undefined);
  }

  /**
   * Rows not yet published and the age of the oldest, for `/metrics`. Asked on the listener's
   * own connection, so a scrape neither takes a pooled connection nor counts as a statement of
   * the service.
   */
  async backlog(): Promise<{ rows: number; oldestAgeSeconds: number }> {
    if (!this.listener) return { rows: 0, oldestAgeSeconds: 0 };
    const { rows } = await this.listener.query<{ rows: string; age: number | null }>(
      `select count(*) as "rows", extract(epoch from now() - min("occurred_at"))::float8 as "age"
       from "outbox_message" where "published_at" is null`,
    );
    return { rows: Number(rows[0]!.rows), oldestAgeSeconds: Math.max(0, rows[0]!.age ?? 0) };
  }

  private async connectListener(): Promise<pg.Client> {
    const listener = new pg.Client({ connectionString: this.databaseUrl });
    listener.on('notification', () => this.task.wake());
    listener.on('error', (err) => {
      this.logger.warn({ err }, 'outbox listener connection lost; the next poll opens another');
      if (this.listener === listener) this.listener = undefined;
      void listener.end().catch(() => undefined);
    });
    await listener.connect();
    await listener.query('LISTEN outbox_message');
    this.listener = listener;
    return listener;
  }

  /** Publishes until the outbox is empty, unless another relay is sending (it drains it then). */
  private async drain(): Promise<void> {
    const listener = this.listener ?? (await this.connectListener());
    const { rows } = await listener.query<{ locked: boolean }>('select pg_try_advisory_lock($1) as "locked"', [SENDER_LOCK]);
    if (!rows[0]!.locked) return;
    try {
      while (await this.publishBatch()) {
        // keep going until the outbox is empty
      }
      await this.pruneIfDue();
    } finally {
      await listener.query('select pg_advisory_unlock($1)', [SENDER_LOCK]).catch(() => undefined);
    }
  }

  /** Publishes one batch; returns whether more may be waiting. */
  private async publishBatch(): Promise<boolean> {
    const em = this.orm.em.fork();
    const waiting = await em.execute<Array<{ position: string; payload_bytes: number }>>(
      `select "position", "payload_bytes" from "outbox_message" where "published_at" is null order by "position" limit ?`,
      [BATCH_SIZE],
    );
    if (waiting.length === 0) return false;
    const taken = withinBytes(waiting);
    const batch = await em.find(OutboxMessage, { position: { $in: taken.map((row) => row.position) } }, { orderBy: { position: 'asc' } });
    // Each run of rows recorded under one trace is sent within it, so the producer's span and
    // the Kafka headers continue that trace; runs go in order, keeping each aggregate's order.
    // Without tracing every row has none: one run, one request.
    for (const run of runsOfTraceContext(batch)) {
      await context.with(continuedContext(run[0]!.traceContext), () =>
        // Gzip keeps a batch well below Kafka's 1 MB default message limit.
        this.producer.sendBatch({ topicMessages: groupByTopic(run), compression: CompressionTypes.GZIP }),
      );
    }
    // Secret payload keys are on Kafka now; the row keeps the fact without them.
    await em.execute(
      `update "outbox_message" set "published_at" = now(),
         "payload" = case when "secret_keys" is null then "payload" else "payload" - "secret_keys" end
       where "position" in (?)`,
      [batch.map((message) => message.position)],
      'run',
    );
    return waiting.length === BATCH_SIZE || taken.length < waiting.length;
  }

  /**
   * Deletes the published rows past retention among the oldest PRUNE_BATCH rows. Rows are
   * published in position order, so the oldest come first and a statement reads a bounded number
   * of rows, never the whole table. A full batch deleted means more are waiting: the next drain
   * goes on (a batch per drain, so sending never waits long); otherwise it looks again later.
   */
  private async pruneIfDue(): Promise<void> {
    if (Date.now() < this.nextPruneAt) return;
    const { affectedRows } = await this.orm.em.fork().execute<{ affectedRows: number }>(
      `delete from "outbox_message"
       where "position" in (select "position" from "outbox_message" order by "position" limit ?)
         and "published_at" < now() - make_interval(secs => ?)`,
      [PRUNE_BATCH, this.retention.keepPublishedMs / 1000],
      'run',
    );
    this.nextPruneAt = affectedRows === PRUNE_BATCH ? 0 : Date.now() + this.retention.pruneEveryMs;
  }
}

/** `batch` cut into consecutive runs of rows with the same trace context. */
function runsOfTraceContext(batch: OutboxMessage[]): OutboxMessage[][] {
  const runs: OutboxMessage[][] = [];
  let previous: string | undefined;
  for (const message of batch) {
    const key = JSON.stringify(message.traceContext ?? null);
    if (runs.length === 0 || key !== previous) runs.push([]);
    runs.at(-1)!.push(message);
    previous = key;
  }
  return runs;
}

/** The longest prefix of `rows` whose payloads stay under MAX_BATCH_BYTES (at least one row). */
function withinBytes<T extends { payload_bytes: number }>(rows: T[]): T[] {
  let bytes = 0;
  for (let i = 0; i < rows.length; i += 1) {
    bytes += rows[i]!.payload_bytes;
    if (bytes > MAX_BATCH_BYTES) return rows.slice(0, Math.max(i, 1));
  }
  return rows;
}

function groupByTopic(batch: OutboxMessage[]) {
  const byTopic = new Map<string, { key: string; value: string; headers: Record<string, string> }[]>();
  for (const message of batch) {
    const event: DomainEvent = {
      id: message.eventId,
      type: message.type,
      occurredAt: message.occurredAt.toISOString(),
      aggregateId: message.key,
      payload: message.payload,
      ...(message.actorId ? { actorId: message.actorId } : {}),
    };
    const headers: Record<string, string> = { 'event-type': message.type };
    if (message.correlationId) headers[CORRELATION_HEADER] = message.correlationId;
    const messages = byTopic.get(message.topic) ?? [];
    messages.push({ key: message.key, value: JSON.stringify(event), headers });
    byTopic.set(message.topic, messages);
  }
  return [...byTopic].map(([topic, messages]) => ({ topic, messages }));
}
