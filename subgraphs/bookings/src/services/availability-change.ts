import { AvailabilityEventTypes, outboxInsertSql, TOPICS } from '@boxoffice/platform';
import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * The AvailabilityChanged fact of a change to one event's seats, as a relation for
 * `outboxInsertSql` (two parameters: the event id, twice). Its version comes from a sequence,
 * so recording it locks nothing; the event's SeatAvailability.version is the sum of its seat
 * rows' change counts (see availability.ts), which every seat change raises.
 */
export const AVAILABILITY_FACT_SOURCE = `(select ?::text as "aggregate_id",
  jsonb_build_object('eventId', ?::text, 'version', nextval('availability_change_seq')) as "payload") as "change"`;

export function availabilityFactSql(correlationId: string | undefined, source = AVAILABILITY_FACT_SOURCE) {
  return outboxInsertSql(TOPICS.availability, AvailabilityEventTypes.changed, source, correlationId);
}

/** Records that the event's seats changed in this transaction, for the gateway's subscribers. */
export async function recordAvailabilityChange(tx: EntityManager, eventId: string, correlationId: string | undefined): Promise<void> {
  const fact = availabilityFactSql(correlationId);
  await tx.execute(fact.sql, [...fact.params, eventId, eventId], 'run');
}
