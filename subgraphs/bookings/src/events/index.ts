import { EventEventTypes, PaymentEventTypes, TOPICS, VenueEventTypes, type Projection } from '@boxoffice/platform';
import { applyEventFacts } from './event-facts.js';
import { applyPaymentRefunded, applyPaymentSucceeded } from './payment-facts.js';
import { applyVenueSeats } from './venue-facts.js';

/** What bookings consumes (group `bookings`); every handler runs in the inbox's transaction. */
export const bookingsProjection: Projection = {
  topics: [TOPICS.venue, TOPICS.event, TOPICS.payment],
  handlers: {
    [VenueEventTypes.seatsAdded]: applyVenueSeats,
    ...Object.fromEntries(Object.values(EventEventTypes).map((type) => [type, applyEventFacts])),
    [PaymentEventTypes.succeeded]: applyPaymentSucceeded,
    [PaymentEventTypes.refunded]: applyPaymentRefunded,
  },
};
