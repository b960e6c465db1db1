import { PaymentEventTypes, type PaymentFacts, type ProjectionHandler, type ProjectionHandlers } from '@boxoffice/platform';
import type { NotificationsServices } from '../../context.js';

/** Handlers for `payments.payment`: refunds. */
export function paymentHandlers({ refundNotices }: NotificationsServices): ProjectionHandlers {
  const refunded: ProjectionHandler = (event, ctx) => refundNotices.record(ctx, { type: event.type, facts: event.payload as PaymentFacts });
  return { [PaymentEventTypes.refunded]: refunded };
}
