import type { Admin } from 'kafkajs';
import type { KafkaClient } from './kafka-client.js';

/**
 * Whether this subgraph's consumer group has applied every fact on its topics, that is, its
 * committed offsets have reached the partitions' high watermarks. Asked by ProjectionWait so a
 * read of an id that no fact will ever bring answers at once instead of after the whole wait.
 * Checks are shared: one runs at a time, and a caller takes the first that began after it did,
 * so a crowd of such reads costs one check per broker round trip.
 */
export class ConsumerProgress {
  private admin?: Admin;
  private topics: string[] = [];
  private running?: { startedAt: number; result: Promise<boolean> };
  private next?: Promise<boolean>;

  constructor(
    private readonly kafka: KafkaClient,
    private readonly groupId: string,
  ) {}

  /** Starts answering for these topics (the consumer's). */
  track(topics: string[]): void {
    this.topics = topics;
  }

  /** True when every fact published before `since` (epoch ms) has been applied. */
  caughtUpSince(since: number): Promise<boolean> {
    if (this.topics.length === 0) return Promise.resolve(false);
    if (!this.running) return this.start();
    if (this.running.startedAt >= since) return this.running.result;
    this.next ??= this.running.result.then(
      () => this.start(),
      () => this.start(),
    );
    return this.next;
  }

  async stop(): Promise<void> {
    await this.admin?.disconnect();
  }

  private start(): Promise<boolean> {
    this.next = undefined;
    const result = this.check().catch(() => false);
    const running = { startedAt: Date.now(), result };
    this.running = running;
    void result.finally(() => {
      if (this.running === running) this.running = undefined;
    });
    return result;
  }

  /** Facts on each topic not yet applied by this group: high watermarks minus committed offsets. */
  async lagByTopic(): Promise<Map<string, number>> {
    const offsets = await this.offsets();
    return new Map(
      offsets.map(({ topic, partitions }) => [topic, partitions.reduce((sum, { high, low, done }) => sum + high - Math.max(done, low), 0)]),
    );
  }

  private async check(): Promise<boolean> {
    const offsets = await this.offsets();
    return offsets.every(({ partitions }) => partitions.every(({ high, low, done }) => high === low || done >= high));
  }

  /** Per topic and partition: the high and low watermarks and the group's committed offset (-1: none). */
  private async offsets() {
    if (!this.admin) {
      this.admin = this.kafka.admin();
      await this.admin.connect();
    }
    const admin = this.admin;
    const [committed, ...watermarks] = await Promise.all([
      admin.fetchOffsets({ groupId: this.groupId, topics: this.topics }),
      ...this.topics.map((topic) => admin.fetchTopicOffsets(topic)),
    ]);
    return this.topics.map((topic, index) => {
      const done = new Map(committed.find((entry) => entry.topic === topic)?.partitions.map((p) => [p.partition, Number(p.offset)]));
      return {
        topic,
        partitions: watermarks[index]!.map(({ partition, high, low }) => ({ high: Number(high), low: Number(low), done: done.get(partition) ?? -1 })),
      };
    });
  }
}
