import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { PeriodicTask } from '../util/periodic-task.js';

/** Rows one statement deletes at most, so a long backlog never holds a long transaction. */
const PRUNE_BATCH = 1000;

export interface InboxRetention {
  /** Ids of facts applied longer ago than this are forgotten. */
  keepMs: number;
  /** How often the pruner looks. */
  everyMs: number;
}

/**
 * Forgets the inbox's (`processed_event`) ids of facts applied longer ago than the retention,
 * a bounded batch per statement until none is left. The retention must outlast Kafka's (a
 * consumer group reset to the earliest offset redelivers facts that old): the default is twice
 * its default of 7 days. Replicas of a subgraph may prune side by side; a row goes once.
 */
export class InboxPruner {
  private readonly task: PeriodicTask;

  constructor(
    private readonly orm: MikroORM,
    private readonly retention: InboxRetention,
    logger: Logger,
  ) {
    this.task = new PeriodicTask({ name: 'inbox pruning', intervalMs: retention.everyMs, run: () => this.prune(), logger });
  }

  start(): this {
    this.task.start();
    return this;
  }

  stop(): Promise<void> {
    return this.task.stop();
  }

  private async prune(): Promise<void> {
    let deleted: number;
    do {
      ({ affectedRows: deleted } = await this.orm.em.fork().execute<{ affectedRows: number }>(
        `delete from "processed_event" where ("consumer", "event_id") in (
           select "consumer", "event_id" from "processed_event"
           where "processed_at" < now() - make_interval(secs => ?) order by "processed_at" limit ?
           for update skip locked)`,
        [this.retention.keepMs / 1000, PRUNE_BATCH],
        'run',
      ));
    } while (deleted === PRUNE_BATCH);
  }
}
