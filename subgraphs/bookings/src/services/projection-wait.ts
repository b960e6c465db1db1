import { isUuid, waitFor } from '@boxoffice/platform';
import type { EntityManager } from '@mikro-orm/postgresql';
import { EventProjection } from '../entities/index.js';

/**
 * Facts about events reach bookings over Kafka, a moment after the events subgraph committed
 * them; a client may ask about an event right after creating or publishing it. Requests wait
 * up to PROJECTION_WAIT_MS for the fact they need, then go on with what is known.
 */
export class ProjectionWait {
  constructor(readonly timeoutMs: number) {}

  /** The event once `settled(event)` holds, or else as last seen after the wait (null: unknown). */
  async event(em: EntityManager, eventId: string, settled: (event: EventProjection) => boolean): Promise<EventProjection | null> {
    if (!isUuid(eventId)) return null;
    let latest: EventProjection | null = null;
    await waitFor(
      async () => {
        latest = await em.fork().findOne(EventProjection, eventId);
        return latest && settled(latest) ? latest : undefined;
      },
      { timeoutMs: this.timeoutMs },
    );
    return latest;
  }

  /** Polls `probe` until it finds a value or the wait is over. */
  value<T>(probe: () => Promise<T | null | undefined>): Promise<T | undefined> {
    return waitFor(probe, { timeoutMs: this.timeoutMs });
  }
}
