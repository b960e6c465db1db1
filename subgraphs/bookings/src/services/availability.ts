import { isAdmin, isUuid, notFound, reference, type ProjectionWait } from '@boxoffice/platform';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { BookingsContext } from '../context.js';
import type { SeatState } from '../entities/index.js';
import type { SeatAvailability, SeatStatus } from '../types/index.js';

/** Seat counts of events, for `seatAvailability` and `Event.seatAvailability`. */
export class Availability {
  constructor(private readonly projectionWait: ProjectionWait) {}

  /** The event's availability; an event Kafka has not delivered yet is waited for, then NOT_FOUND
   * (at once when every published fact has been applied). */
  async of(ctx: BookingsContext, eventId: string): Promise<SeatAvailability> {
    if (!isUuid(eventId)) throw notFound('Event', eventId);
    const found =
      (await ctx.loaders.availability.load(eventId)) ??
      (await this.projectionWait.until(`availability:${eventId}`, async () => (await loadAvailabilities(ctx.em.fork(), [eventId])).get(eventId), {
        answerWhenCaughtUp: true,
      }));
    if (!found || !(await visibleTo(ctx, eventId))) throw notFound('Event', eventId);
    return found;
  }
}

/** Drafts are their organizer's and the admins' only, here as everywhere (an unknown event to anyone else). */
async function visibleTo(ctx: BookingsContext, eventId: string): Promise<boolean> {
  const event = await ctx.loaders.event.load(eventId);
  if (event?.status !== 'DRAFT') return true;
  return isAdmin(ctx.auth.viewer) || ctx.auth.viewer?.id === event.organizerId;
}

interface SectionCountRow {
  event_id: string;
  version: number;
  section_id: string;
  total: number;
  available: number;
  held: number;
  sold: number;
}

/**
 * Availability of each event whose inventory exists, sections in seat-map order. One
 * statement, so counts and version come from one snapshot and always add up.
 */
export async function loadAvailabilities(em: EntityManager, eventIds: readonly string[]): Promise<Map<string, SeatAvailability>> {
  const rows = await em.execute<SectionCountRow[]>(
    `select e."id" as "event_id", coalesce(a."version", 0) as "version", s."section_id",
       count(*)::int as "total",
       (count(*) filter (where s."state" = 'AVAILABLE'))::int as "available",
       (count(*) filter (where s."state" = 'HELD'))::int as "held",
       (count(*) filter (where s."state" = 'SOLD'))::int as "sold"
     from "event_projection" e
     join "seat_inventory" s on s."event_id" = e."id"
     join "venue_seat" v on v."id" = s."seat_id"
     left join "availability_version" a on a."event_id" = e."id"
     where e."id" in (?) and e."inventory_ready"
     group by e."id", a."version", s."section_id"
     order by min(v."position")`,
    [[...eventIds]],
  );
  const byEvent = new Map<string, SeatAvailability>();
  for (const row of rows) {
    const availability = byEvent.get(row.event_id) ?? emptyAvailability(row.event_id, row.version);
    const counts = { total: row.total, available: row.available, held: row.held, sold: row.sold };
    availability.sections.push({ section: reference(row.section_id), ...counts });
    availability.total += row.total;
    availability.available += row.available;
    availability.held += row.held;
    availability.sold += row.sold;
    byEvent.set(row.event_id, availability);
  }
  return byEvent;
}

function emptyAvailability(eventId: string, version: number): SeatAvailability {
  return { eventId, event: reference(eventId), version, total: 0, available: 0, held: 0, sold: 0, sections: [] };
}

/** Per-seat states of each event, in seat-map order, optionally only one state and one section. */
export async function loadSeatStates(
  em: EntityManager,
  eventIds: readonly string[],
  state: SeatState | undefined,
  sectionId?: string,
): Promise<Map<string, SeatStatus[]>> {
  const rows = await em.execute<Array<{ event_id: string; seat_id: string; state: SeatState }>>(
    `select s."event_id", s."seat_id", s."state"
     from "seat_inventory" s join "venue_seat" v on v."id" = s."seat_id"
     where s."event_id" in (?) ${state ? `and s."state" = ?` : ''} ${sectionId ? `and v."section_id" = ?` : ''}
     order by v."position"`,
    [[...eventIds], ...(state ? [state] : []), ...(sectionId ? [sectionId] : [])],
  );
  const byEvent = new Map<string, SeatStatus[]>();
  for (const row of rows) {
    const seats = byEvent.get(row.event_id) ?? [];
    seats.push({ seat: reference(row.seat_id), state: row.state });
    byEvent.set(row.event_id, seats);
  }
  return byEvent;
}
