import { actorOf, badUserInput, invalidState, isUuid, notFound, recordEvents, type BookingFacts, type FactOrigin, type RequestContext } from '@boxoffice/platform';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import pMap from 'p-map';
import { BookingProjection, Payment, PaymentStatus, Refund, REFUNDABLE_STATUSES, type RefundReason } from '../entities/index.js';
import { refundEvent } from '../messaging/outgoing.js';
import { assertMayRefund } from './payment-access.js';
import type { RefundPaymentArgs } from '../types/index.js';
import type { PaymentProvider } from './payment-provider.js';

const LOCKED = { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true } as const;

/**
 * Gives money back, on request (refundPayment) or when a booking is cancelled. The provider is
 * called outside any transaction: a refund is first reserved (a PENDING refund row, its amount
 * added to the payment's `refundingCents` under the payment's row lock, so concurrent refunds
 * never add up to more than was paid), then sent with the refund's id as idempotency key, then
 * committed with its fact. Reservations a crash or a cancellation left behind are completed by
 * `completePending` (PaymentReconciliation).
 */
export class Refunds {
  constructor(private readonly provider: PaymentProvider) {}

  /** refundPayment: the event's organizer or an admin; `amountCents` defaults to what is left. */
  async refund(ctx: RequestContext, { paymentId, amountCents }: RefundPaymentArgs): Promise<Payment> {
    const { em, auth } = ctx;
    const payment = isUuid(paymentId) ? await em.findOne(Payment, paymentId) : null;
    if (!payment) throw notFound('Payment', paymentId);
    assertMayRefund(auth, await em.findOneOrFail(BookingProjection, payment.bookingId));
    const refund = await em.transactional(async (tx) => {
      const locked = await tx.findOneOrFail(Payment, paymentId, LOCKED);
      if (!REFUNDABLE_STATUSES.includes(locked.status)) throw invalidState(`A ${locked.status} payment cannot be refunded`);
      const remaining = locked.remainingCents();
      const amount = amountCents ?? remaining;
      if (amount < 1 || amount > remaining) {
        throw badUserInput([{ field: 'amountCents', message: `must be between 1 and the ${remaining} cents not yet refunded` }]);
      }
      return reserve(tx, locked, amount, 'REQUESTED', ctx);
    });
    return this.complete(em.fork(), refund);
  }

  /**
   * Inside the inbox's transaction: reserves a refund of whatever is left of the captured payment
   * of a booking that ended (nothing when there is none). `completePending` sends it after the
   * commit. A CANCELLED booking's refund is its cancellation's; any other ended booking's
   * payment came too late.
   */
  async refundRemainder(ctx: RequestContext, { bookingId, status }: Pick<BookingFacts, 'bookingId' | 'status'>): Promise<void> {
    const payment = await ctx.em.findOne(Payment, { bookingId, status: { $in: [...REFUNDABLE_STATUSES] } }, LOCKED);
    const reason: RefundReason = status === 'CANCELLED' ? 'BOOKING_CANCELLED' : 'LATE_PAYMENT';
    if (payment && payment.remainingCents() > 0) reserve(ctx.em, payment, payment.remainingCents(), reason, ctx);
  }

  /** Sends reserved refunds to the provider, `atOnce` at a time, and commits the answers. */
  async completePending(em: EntityManager, atOnce: number): Promise<number> {
    const pending = await em.fork().find(Refund, { status: 'PENDING' }, { orderBy: { createdAt: 'asc' }, limit: 100 });
    await pMap(pending, (refund) => this.complete(em.fork(), refund), { concurrency: atOnce });
    return pending.length;
  }

  /**
   * Asks the provider (again: the refund's id makes it idempotent), then commits its answer once;
   * the fact names whoever asked for the refund.
   */
  private async complete(em: EntityManager, refund: Refund): Promise<Payment> {
    const payment = await em.findOneOrFail(Payment, refund.paymentId);
    const receipt = await this.provider.refund({
      // Set on every payment that succeeded, and only those are refunded.
      chargeReference: payment.providerReference!,
      amountCents: refund.amountCents,
      currency: payment.currency,
      idempotencyKey: refund.id,
    });
    return em.transactional(async (tx) => {
      const locked = await tx.findOneOrFail(Payment, refund.paymentId, LOCKED);
      const current = await tx.findOneOrFail(Refund, refund.id, { refresh: true });
      if (current.status !== 'PENDING') return locked;
      current.status = 'SUCCEEDED';
      current.providerReference = receipt.reference;
      locked.refundingCents -= current.amountCents;
      locked.refundedCents += current.amountCents;
      locked.status = locked.refundedCents === locked.amountCents ? PaymentStatus.REFUNDED : PaymentStatus.PARTIALLY_REFUNDED;
      recordEvents(tx, originOf(current), [refundEvent(locked, current)]);
      return locked;
    });
  }
}

/** With the payment's row locked: sets `amountCents` aside for a new PENDING refund asked for by `origin`. */
function reserve(em: EntityManager, payment: Payment, amountCents: number, reason: RefundReason, origin: FactOrigin): Refund {
  payment.refundingCents += amountCents;
  return em.create(Refund, { paymentId: payment.id, amountCents, reason, correlationId: origin.correlationId, requestedBy: actorOf(origin) });
}

const originOf = (refund: Refund): FactOrigin => ({
  correlationId: refund.correlationId ?? refund.id,
  auth: {},
  causedBy: refund.requestedBy ?? undefined,
});
