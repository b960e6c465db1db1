import { TOPICS, type Projection } from '@boxoffice/platform';
import type { PaymentsServices } from '../../context.js';
import { bookingHandlers } from './bookings.booking.js';

/** What payments consumes (group `payments`): bookings, to know what may be paid and refunded. */
export const paymentsProjection = (services: PaymentsServices): Projection => ({
  topics: [TOPICS.booking],
  handlers: bookingHandlers(services),
});
