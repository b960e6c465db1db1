import { TOPICS, type Projection } from '@boxoffice/platform';
import type { NotificationsServices } from '../../context.js';
import { bookingHandlers } from './bookings.booking.js';
import { eventHandlers } from './events.event.js';
import { paymentHandlers } from './payments.payment.js';
import { sessionHandlers } from './program.session.js';
import { userHandlers } from './users.user.js';
import { venueHandlers } from './venues.venue.js';

/** What notifications consumes (group `notifications`): people, the catalog, bookings, refunds and program changes. */
export const notificationsProjection = (services: NotificationsServices): Projection => ({
  topics: [TOPICS.user, TOPICS.venue, TOPICS.event, TOPICS.booking, TOPICS.payment, TOPICS.session],
  handlers: {
    ...userHandlers(services),
    ...venueHandlers(services),
    ...eventHandlers(services),
    ...bookingHandlers(services),
    ...paymentHandlers(services),
    ...sessionHandlers(services),
  },
});
