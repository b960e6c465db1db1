import { EventEventTypes, type Logger, systemOrigin } from '@boxoffice/platform';
import { LockMode } from '@mikro-orm/core';
import type { MikroORM } from '@mikro-orm/postgresql';
import { Event, EventStatus } from '../entities/index.js';
import { recordEventChange } from '../messaging/outgoing.js';

const BATCH_SIZE = 100;

/**
 * Marks PUBLISHED events whose end has passed as COMPLETED (run by a PeriodicTask). Rows are
 * claimed with FOR UPDATE SKIP LOCKED, so replicas running the same job never clash.
 */
export class EventCompletion {
  constructor(
    private readonly orm: MikroORM,
    private readonly logger: Logger,
  ) {}

  async completeAllDue(): Promise<void> {
    while ((await this.completeBatch()) === BATCH_SIZE) {
      // a full batch means more may be due
    }
  }

  /** Completes one batch of due events in one transaction; returns how many. */
  private completeBatch(): Promise<number> {
    const origin = systemOrigin();
    return this.orm.em.fork().transactional(async (em) => {
      const due = await em.find(
        Event,
        { status: EventStatus.PUBLISHED, endsAt: { $lte: new Date() } },
        { orderBy: { endsAt: 'asc' }, limit: BATCH_SIZE, lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE },
      );
      for (const event of due) {
        event.status = EventStatus.COMPLETED;
        recordEventChange(em, origin, EventEventTypes.completed, event);
      }
      if (due.length > 0) this.logger.info({ count: due.length }, 'events completed');
      return due.length;
    });
  }
}
