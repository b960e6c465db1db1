import { TOPICS, type Projection } from '@boxoffice/platform';
import type { UsersServices } from '../../context.js';
import { bookingAudit } from './bookings.booking.js';
import { ticketAudit } from './bookings.ticket.js';
import { eventAudit } from './events.event.js';
import { paymentAudit } from './payments.payment.js';
import { sessionAudit } from './program.session.js';
import { userAudit } from './users.user.js';
import { venueAudit } from './venues.venue.js';

/** What users consumes (group `users`): every topic with privileged or money-moving facts, for the audit log. */
export const usersProjection = (services: UsersServices): Projection => ({
  topics: [TOPICS.user, TOPICS.venue, TOPICS.event, TOPICS.session, TOPICS.booking, TOPICS.ticket, TOPICS.payment],
  handlers: {
    ...userAudit(services),
    ...venueAudit(services),
    ...eventAudit(services),
    ...sessionAudit(services),
    ...bookingAudit(services),
    ...ticketAudit(services),
    ...paymentAudit(services),
  },
});
