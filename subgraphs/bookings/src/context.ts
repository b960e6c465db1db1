import { byIdLoader, childrenByKey, type SubgraphContext } from '@boxoffice/platform';
import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { Booking, EventProjection, Ticket, type SeatState } from './entities/index.js';
import { loadAvailabilities, loadSeatStates, type Availability } from './services/availability.js';
import type { BookingCancellation } from './services/booking-cancellation.js';
import type { BookingListings } from './services/booking-listings.js';
import type { CheckIn } from './services/check-in.js';
import type { Checkout } from './services/checkout.js';
import type { EventProjections } from './services/event-projections.js';
import type { PaymentOutcomes } from './services/payment-outcomes.js';
import type { PromoCodes } from './services/promo-codes.js';
import type { SeatHolds } from './services/seat-holds.js';
import type { VenueSeats } from './services/venue-seats.js';
import type { SeatAvailability, SeatStatus } from './types/index.js';

/** The subgraph's long-lived services, shared by requests and fact handlers. */
export interface BookingsServices {
  holds: SeatHolds;
  checkout: Checkout;
  cancellation: BookingCancellation;
  checkIn: CheckIn;
  listings: BookingListings;
  availability: Availability;
  eventProjections: EventProjections;
  venueSeats: VenueSeats;
  paymentOutcomes: PaymentOutcomes;
  promoCodes: PromoCodes;
}

export interface SeatStatesKey {
  eventId: string;
  state?: SeatState | null;
  sectionId?: string | null;
}

/** Per-request batching: N lookups of one kind cost one SQL statement. */
export function createBookingsLoaders(em: EntityManager) {
  return {
    booking: byIdLoader(em, Booking),
    event: byIdLoader(em, EventProjection),
    /** Valid tickets only: a cancelled or refunded booking's tickets are void and not shown. */
    ticketsOfBooking: childrenByKey(em, Ticket, 'bookingId', { where: { voidedAt: null } }),
    availability: new DataLoader<string, SeatAvailability | null>(async (eventIds) => {
      const found = await loadAvailabilities(em, eventIds);
      return eventIds.map((id) => found.get(id) ?? null);
    }),
    seatStates: new DataLoader<SeatStatesKey, SeatStatus[], string>(
      async (keys) => {
        // One statement per distinct (state, section) filter, each covering all its events.
        const filters = new Map<string, SeatStatesKey[]>();
        for (const key of keys) filters.set(filterOf(key), [...(filters.get(filterOf(key)) ?? []), key]);
        const results = await Promise.all(
          [...filters].map(async ([filter, [first, ...rest]]) => {
            const eventIds = [first!, ...rest].map((key) => key.eventId);
            return [filter, await loadSeatStates(em, eventIds, first!.state ?? undefined, first!.sectionId ?? undefined)] as const;
          }),
        );
        const byFilter = new Map(results);
        return keys.map((key) => byFilter.get(filterOf(key))?.get(key.eventId) ?? []);
      },
      { cacheKeyFn: (key) => `${key.eventId}:${filterOf(key)}` },
    ),
  };
}

const filterOf = (key: SeatStatesKey) => `${key.state ?? '*'}:${key.sectionId ?? '*'}`;

export type BookingsLoaders = ReturnType<typeof createBookingsLoaders>;

export type BookingsContext = SubgraphContext<BookingsServices, BookingsLoaders>;
