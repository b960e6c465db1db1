import { badUserInput, invalidState, isUuid, notFound, PaymentEventTypes, recordEvents, type RequestContext } from '@boxoffice/platform';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { BookingProjection, Payment, PaymentStatus, REFUNDABLE_STATUSES } from '../entities/index.js';
import { paymentEvent } from '../messaging/outgoing.js';
import { assertMayRefund } from './payment-access.js';
import type { RefundPaymentArgs } from '../types/index.js';
import type { PaymentProvider } from './payment-provider.js';

const LOCKED = { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true } as const;

/**
 * Gives money back, on request (refundPayment) or when a booking is cancelled. Every refund
 * locks the payment row, so concurrent refunds never add up to more than was paid (the
 * database's check constraint is the last line).
 */
export class Refunds {
  constructor(private readonly provider: PaymentProvider) {}

  /** refundPayment: the event's organizer or an admin; `amountCents` defaults to what is left. */
  async refund({ em, auth, correlationId }: RequestContext, { paymentId, amountCents }: RefundPaymentArgs): Promise<Payment> {
    const payment = isUuid(paymentId) ? await em.findOne(Payment, paymentId) : null;
    if (!payment) throw notFound('Payment', paymentId);
    assertMayRefund(auth, await em.findOneOrFail(BookingProjection, payment.bookingId));
    return em.transactional(async (tx) => {
      const locked = await tx.findOneOrFail(Payment, paymentId, LOCKED);
      if (!REFUNDABLE_STATUSES.includes(locked.status)) throw invalidState(`A ${locked.status} payment cannot be refunded`);
      const remaining = locked.remainingCents();
      const amount = amountCents ?? remaining;
      if (amount < 1 || amount > remaining) {
        throw badUserInput([{ field: 'amountCents', message: `must be between 1 and the ${remaining} cents not yet refunded` }]);
      }
      await this.giveBack(tx, locked, amount, correlationId);
      return locked;
    });
  }

  /** Refunds whatever is left of the booking's captured payment; nothing when there is none. */
  async refundRemainder({ em, correlationId }: RequestContext, bookingId: string): Promise<void> {
    const payment = await em.findOne(Payment, { bookingId, status: { $in: [...REFUNDABLE_STATUSES] } }, LOCKED);
    if (payment && payment.remainingCents() > 0) await this.giveBack(em, payment, payment.remainingCents(), correlationId);
  }

  /** Call inside a transaction, with the payment row locked. */
  private async giveBack(em: EntityManager, payment: Payment, amountCents: number, correlationId: string): Promise<void> {
    await this.provider.refund({
      // Set on every payment that succeeded, and only those are refunded.
      chargeReference: payment.providerReference!,
      amountCents,
      currency: payment.currency,
      // Stable across a retry of the same refund (the amount refunded so far rolled back with it).
      idempotencyKey: `${payment.id}:refund-after:${payment.refundedCents}`,
    });
    payment.refundedCents += amountCents;
    payment.status = payment.refundedCents === payment.amountCents ? PaymentStatus.REFUNDED : PaymentStatus.PARTIALLY_REFUNDED;
    recordEvents(em, correlationId, [paymentEvent(PaymentEventTypes.refunded, payment)]);
  }
}
