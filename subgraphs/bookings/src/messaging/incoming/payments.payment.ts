import { PaymentEventTypes, type PaymentFacts, type ProjectionHandlers } from '@boxoffice/platform';
import type { BookingsServices } from '../../context.js';

/** PaymentSucceeded confirms a booking; PaymentRefunded (in full) ends it. */
export const paymentHandlers = ({ paymentOutcomes }: BookingsServices): ProjectionHandlers => ({
  [PaymentEventTypes.succeeded]: (message, ctx) => paymentOutcomes.succeeded(ctx, message.payload as PaymentFacts),
  [PaymentEventTypes.refunded]: (message, ctx) => paymentOutcomes.refunded(ctx, message.payload as PaymentFacts),
});
