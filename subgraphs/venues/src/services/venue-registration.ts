import { randomUUID } from 'node:crypto';
import { recordEvents, requireViewer, validateInput, VenueEventTypes, type RequestContext } from '@boxoffice/platform';
import { Seat, Section, Venue } from '../entities/index.js';
import { seatMapPieces, venueEvent, venueFacts } from '../messaging/outgoing.js';
import type { CreateVenueInput } from '../types/index.js';
import { buildSeatMap } from './seat-map.js';
import { newVenueRules } from './venue-rules.js';

/** Rows per seat insert: one statement each, well under Postgres' 65,535 bind parameters. */
const SEAT_INSERT_CHUNK = 2_000;

/**
 * Creates a venue managed by the caller with its whole seat map, and records VenueCreated and
 * the seat map's VenueSeatsAdded pieces in the same transaction. Seats go in with multi-row
 * inserts, not one statement per seat.
 */
export class VenueRegistration {
  async create(ctx: RequestContext, input: CreateVenueInput): Promise<Venue> {
    const manager = requireViewer(ctx.auth);
    const valid = validateInput(newVenueRules, input);
    return ctx.em.transactional(async (tx) => {
      const venueId = randomUUID();
      const seatMap = buildSeatMap(venueId, valid.sections);
      const venue = tx.create(Venue, {
        id: venueId,
        name: valid.name,
        address: valid.address,
        city: valid.city,
        capacity: seatMap.capacity,
        managerId: manager.id,
      });
      await tx.flush();
      await tx.insertMany(Section, seatMap.sections);
      for (let start = 0; start < seatMap.seats.length; start += SEAT_INSERT_CHUNK) {
        await tx.insertMany(Seat, seatMap.seats.slice(start, start + SEAT_INSERT_CHUNK));
      }
      recordEvents(tx, ctx, [
        venueEvent(VenueEventTypes.created, venueFacts(venue, seatMap.sections)),
        ...seatMapPieces(venue, seatMap.sections, seatMap.seats).map((piece) => venueEvent(VenueEventTypes.seatsAdded, piece)),
      ]);
      return venue;
    });
  }
}
