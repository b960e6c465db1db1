import type { SubgraphDefinition } from '@boxoffice/platform';
import { createBookingsContext, type BookingsContext, type BookingsServices } from './context.js';
import { Booking, EventProjection, SeatHold, Ticket, VenueSeat } from './entities/index.js';
import { bookingsProjection } from './events/index.js';
import { migrations } from './migrations/index.js';
import { buildBookingsSchema } from './schema.js';
import { Checkout } from './services/checkout.js';
import { ExpirySweeper } from './services/expiry-sweeper.js';
import { ProjectionWait } from './services/projection-wait.js';
import { SeatHolds } from './services/seat-holds.js';
import { loadBookingsSettings } from './settings.js';

export const bookingsSubgraph: SubgraphDefinition<BookingsContext> = {
  name: 'bookings',
  defaultPort: 4004,
  entities: [EventProjection, VenueSeat, SeatHold, Booking, Ticket],
  migrations,
  buildSchema: buildBookingsSchema,
  async wire({ orm, logger }) {
    const settings = loadBookingsSettings();
    const projections = new ProjectionWait(settings.PROJECTION_WAIT_MS);
    const services: BookingsServices = {
      holds: new SeatHolds({ holdTtlSeconds: settings.HOLD_TTL_SECONDS, maxSeatsPerCustomer: settings.MAX_SEATS_PER_CUSTOMER }, projections),
      checkout: new Checkout(settings.PAYMENT_WINDOW_SECONDS),
      projections,
    };
    const sweeper = new ExpirySweeper(orm, settings.SWEEP_INTERVAL_MS, logger.child({ component: 'expiry-sweeper' })).start();
    return {
      createContext: (base) => createBookingsContext(base, services),
      jobs: [sweeper],
      projection: bookingsProjection,
    };
  },
};
