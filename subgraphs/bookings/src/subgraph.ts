import { PeriodicTask, type SubgraphDefinition } from '@boxoffice/platform';
import { createBookingsLoaders, type BookingsLoaders, type BookingsServices } from './context.js';
import { Booking, EventProjection, PromoCode, SeatHold, Ticket, VenueSeat } from './entities/index.js';
import { bookingsProjection } from './messaging/incoming/index.js';
import { migrations } from './migrations/index.js';
import { buildBookingsSchema } from './schema.js';
import { Availability } from './services/availability.js';
import { BookingCancellation } from './services/booking-cancellation.js';
import { BookingListings } from './services/booking-listings.js';
import { CheckIn } from './services/check-in.js';
import { Checkout } from './services/checkout.js';
import { EventProjections } from './services/event-projections.js';
import { ExpirySweeper } from './services/expiry-sweeper.js';
import { PaymentOutcomes } from './services/payment-outcomes.js';
import { PromoCodes } from './services/promo-codes.js';
import { SeatHolds } from './services/seat-holds.js';
import { VenueSeats } from './services/venue-seats.js';
import { loadBookingsSettings } from './settings.js';

export const bookingsSubgraph: SubgraphDefinition<BookingsServices, BookingsLoaders> = {
  name: 'bookings',
  entities: [EventProjection, VenueSeat, SeatHold, PromoCode, Booking, Ticket],
  migrations,
  buildSchema: buildBookingsSchema,
  async wire({ orm, logger, projectionWait }) {
    const settings = loadBookingsSettings();
    const services: BookingsServices = {
      holds: new SeatHolds({ holdTtlSeconds: settings.HOLD_TTL_SECONDS, maxSeatsPerCustomer: settings.MAX_SEATS_PER_CUSTOMER }, projectionWait),
      checkout: new Checkout(settings.PAYMENT_WINDOW_SECONDS),
      cancellation: new BookingCancellation(),
      checkIn: new CheckIn(),
      listings: new BookingListings(),
      availability: new Availability(projectionWait),
      eventProjections: new EventProjections(),
      venueSeats: new VenueSeats(),
      paymentOutcomes: new PaymentOutcomes(),
      promoCodes: new PromoCodes(projectionWait),
    };
    const sweeper = new ExpirySweeper(orm);
    const sweeps = new PeriodicTask({ name: 'expiry sweep', intervalMs: settings.SWEEP_INTERVAL_MS, run: () => sweeper.sweep(), logger }).start();
    return {
      services,
      loaders: createBookingsLoaders,
      jobs: [sweeps],
      projection: bookingsProjection(services),
    };
  },
};
