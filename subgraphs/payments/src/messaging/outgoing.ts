import { PaymentEventTypes, TOPICS, type OutgoingEvent, type PaymentEventType, type PaymentFacts } from '@boxoffice/platform';
import type { Payment, Refund } from '../entities/index.js';

/** The payment as it is now, as published on `payments.payment`. */
export function paymentFacts(payment: Payment): PaymentFacts {
  return {
    paymentId: payment.id,
    bookingId: payment.bookingId,
    userId: payment.userId,
    status: payment.status,
    amountCents: payment.amountCents,
    refundedCents: payment.refundedCents,
    currency: payment.currency,
    failureReason: payment.failureReason ?? null,
  };
}

export const paymentEvent = (type: PaymentEventType, payment: Payment): OutgoingEvent => ({
  topic: TOPICS.payment,
  type,
  aggregateId: payment.id,
  payload: paymentFacts(payment),
});

/** PaymentRefunded of `refund`: the payment after it, and why it was made. */
export const refundEvent = (payment: Payment, refund: Refund): OutgoingEvent => ({
  ...paymentEvent(PaymentEventTypes.refunded, payment),
  payload: { ...paymentFacts(payment), refundReason: refund.reason } satisfies PaymentFacts,
});
