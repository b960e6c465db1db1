import { SUBGRAPH_NAMES } from '@boxoffice/platform';
import { Redis } from 'ioredis';
import kafkajs from 'kafkajs';
import pg from 'pg';

export interface StackAddresses {
  /** Every service's origin (the gateway's too), for /metrics. */
  origins: Record<string, string>;
  /** The Postgres server and the stack's database name prefix. */
  serverUrl: string;
  databasePrefix: string;
  redisUrl: string;
  kafkaBrokers: string[];
}

export interface StackSample {
  at: number;
  /** Every service's heap right after its last full collection, by name. */
  heapBytes: Record<string, number>;
  /** Open Postgres connections to the stack's databases. */
  databaseConnections: number;
}

/** Reads a running stack's vital signs from outside, as an operator would. */
export class StackProbe {
  private readonly postgres: pg.Client;
  private readonly redis: Redis;
  private readonly kafka: kafkajs.Kafka;

  constructor(private readonly stack: StackAddresses) {
    this.postgres = new pg.Client({ connectionString: stack.serverUrl });
    this.redis = new Redis(stack.redisUrl, { lazyConnect: true });
    this.kafka = new kafkajs.Kafka({ clientId: 'soak-probe', brokers: stack.kafkaBrokers, logLevel: kafkajs.logLevel.NOTHING });
  }

  async start(): Promise<void> {
    await Promise.all([this.postgres.connect(), this.redis.connect()]);
  }

  async stop(): Promise<void> {
    await Promise.all([this.postgres.end(), this.redis.quit()]);
  }

  async sample(): Promise<StackSample> {
    const heaps = await Promise.all(
      Object.entries(this.stack.origins).map(async ([name, origin]) => {
        const text = await (await fetch(`${origin}/metrics?gc`)).text();
        return [name, Number(/^process_heap_after_major_gc_bytes (\d+)/m.exec(text)?.[1])] as const;
      }),
    );
    const { rows } = await this.postgres.query<{ count: string }>(`select count(*) from pg_stat_activity where datname like $1`, [`${this.stack.databasePrefix}\\_%`]);
    return { at: Date.now(), heapBytes: Object.fromEntries(heaps), databaseConnections: Number(rows[0]!.count) };
  }

  /** Redis channels some process still listens on whose names contain `id`. */
  async channelsAbout(id: string): Promise<number> {
    return ((await this.redis.pubsub('CHANNELS', `*${id}*`)) as string[]).length;
  }

  /** Facts still in some outbox, not yet published. */
  async outboxBacklog(): Promise<number> {
    let backlog = 0;
    for (const subgraph of SUBGRAPH_NAMES) {
      const client = new pg.Client({ connectionString: this.databaseUrl(subgraph) });
      await client.connect();
      try {
        backlog += Number((await client.query<{ count: string }>(`select count(*) from outbox_message where published_at is null`)).rows[0]!.count);
      } finally {
        await client.end();
      }
    }
    return backlog;
  }

  /** Facts on Kafka that a subgraph's consumer group has not applied yet (its committed offsets behind the high watermarks). */
  async consumerLag(): Promise<number> {
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      let lag = 0;
      for (const groupId of SUBGRAPH_NAMES) {
        for (const { topic, partitions } of await admin.fetchOffsets({ groupId })) {
          const high = new Map((await admin.fetchTopicOffsets(topic)).map((p) => [p.partition, Number(p.high)]));
          for (const { partition, offset } of partitions) if (Number(offset) >= 0) lag += Math.max(0, (high.get(partition) ?? 0) - Number(offset));
        }
      }
      return lag;
    } finally {
      await admin.disconnect();
    }
  }

  private databaseUrl(subgraph: string): string {
    const url = new URL(this.stack.serverUrl);
    url.pathname = `/${this.stack.databasePrefix}_${subgraph}`;
    return url.toString();
  }
}
