import { badUserInput, conflict, invalidState, isUuid, notFound, paymentDeclined, requireViewer, validateInput, type ProjectionWait, type RequestContext, type Viewer, type FactOrigin } from '@boxoffice/platform';
import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { BookingProjection, CAPTURED_STATUSES, Payment, PaymentStatus } from '../entities/index.js';
import { chargeKey, settleCharge } from './charge-settlement.js';
import { assertMayPay } from './payment-access.js';
import type { PaymentProvider } from './payment-provider.js';

const payRequest = z.object({
  bookingId: z.string(),
  paymentMethod: z.string().trim().min(1, 'is required').max(200),
  idempotencyKey: z.string().min(1, 'is required').max(200),
});

export type PayRequest = z.input<typeof payRequest>;
type PayInput = z.output<typeof payRequest>;

/**
 * payForBooking. Attempts are keyed by (payer, idempotency key). The provider is called outside
 * any transaction: the attempt is reserved first (a REQUIRES_PAYMENT row, committed under the
 * booking's row lock, which allows one attempt at the provider per booking and none once it is
 * paid), then the provider is called with the attempt's idempotency key, then its answer is
 * committed with the fact. A key seen before is answered as the first time; one still at the
 * provider is sent again with the same key, which the provider answers as before. A crash
 * between the call and the commit is settled by PaymentReconciliation.
 */
export class BookingPayments {
  constructor(
    private readonly provider: PaymentProvider,
    private readonly projectionWait: ProjectionWait,
  ) {}

  async pay(ctx: RequestContext, request: PayRequest): Promise<Payment> {
    const { em, auth } = ctx;
    const viewer = requireViewer(auth);
    const input = validateInput(payRequest, request);
    const earlier = await findAttempt(em, viewer.id, input.idempotencyKey);
    const reserved = earlier ?? (await this.reserve(em, viewer, input));
    const payment = reserved.status === PaymentStatus.REQUIRES_PAYMENT ? await this.charge(em, reserved, input, ctx) : reserved;
    return this.answer(em, payment, input.bookingId);
  }

  private async reserve(em: EntityManager, viewer: Viewer, input: PayInput): Promise<Payment> {
    const booking = await this.awaitBooking(em, input.bookingId);
    assertMayPay(viewer, booking);
    try {
      return await em.transactional((tx) => this.reserveLocked(tx, viewer, booking.id, input));
    } catch (error) {
      if (!(error instanceof UniqueConstraintViolationException)) throw error;
      // Lost a race to a call with the same key for another booking; the booking lock rules out the rest.
      const winner = await findAttempt(em.fork(), viewer.id, input.idempotencyKey);
      if (!winner) throw invalidState('This booking is already paid');
      return winner;
    }
  }

  /** In a transaction holding the booking's row lock only while the attempt is recorded. */
  private async reserveLocked(tx: EntityManager, viewer: Viewer, bookingId: string, input: PayInput): Promise<Payment> {
    const booking = await tx.findOneOrFail(BookingProjection, bookingId, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    const earlier = await findAttempt(tx, viewer.id, input.idempotencyKey);
    if (earlier) return earlier;
    await assertPayable(tx, booking);
    return tx.create(Payment, {
      bookingId,
      userId: viewer.id,
      idempotencyKey: input.idempotencyKey,
      amountCents: booking.totalCents,
      currency: booking.currency,
      provider: this.provider.name,
    });
  }

  /** Calls the provider for a reserved attempt, with no transaction open, and commits its answer. */
  private async charge(em: EntityManager, payment: Payment, input: PayInput, origin: FactOrigin): Promise<Payment> {
    const result = await this.provider.charge({
      amountCents: payment.amountCents,
      currency: payment.currency,
      paymentMethod: input.paymentMethod,
      idempotencyKey: chargeKey(payment),
    });
    if (result.outcome === 'invalid_payment_method') {
      // The provider took nothing: free the key and the booking for a corrected attempt.
      await em.fork().nativeDelete(Payment, { id: payment.id, status: PaymentStatus.REQUIRES_PAYMENT });
      throw badUserInput([{ field: 'paymentMethod', message: result.message }]);
    }
    return settleCharge(em.fork(), payment.id, result, origin);
  }

  /** What the caller gets for an attempt, the first time and on every repeat of its key. */
  private async answer(em: EntityManager, payment: Payment, bookingId: string): Promise<Payment> {
    if (payment.bookingId !== bookingId) throw conflict('This idempotencyKey was already used to pay another booking');
    if (payment.status === PaymentStatus.FAILED) throw paymentDeclined(payment.failureReason ?? 'declined');
    await this.awaitSettledBooking(em, bookingId);
    return payment;
  }

  /** Right after checkout, BookingCreated may still be on its way over Kafka. */
  private async awaitBooking(em: EntityManager, bookingId: string): Promise<BookingProjection> {
    const booking = isUuid(bookingId)
      ? await this.projectionWait.until(`booking:${bookingId}`, () => em.fork().findOne(BookingProjection, bookingId))
      : undefined;
    if (!booking) throw notFound('Booking', bookingId);
    return booking;
  }

  /**
   * Read-your-writes: bookings confirms the booking when PaymentSucceeded reaches it; wait
   * (bounded) until that is visible, so a client reading the booking next sees it confirmed.
   * If it takes longer, the payment is still answered; the booking follows.
   */
  private async awaitSettledBooking(em: EntityManager, bookingId: string): Promise<void> {
    await this.projectionWait.until(`booking-settled:${bookingId}`, () =>
      em.fork().findOne(BookingProjection, { id: bookingId, status: { $ne: 'PENDING_PAYMENT' } }),
    );
  }
}

function findAttempt(em: EntityManager, userId: string, idempotencyKey: string): Promise<Payment | null> {
  return em.findOne(Payment, { userId, idempotencyKey });
}

async function assertPayable(em: EntityManager, booking: BookingProjection): Promise<void> {
  // One statement: an attempt at the provider may settle (REQUIRES_PAYMENT to SUCCEEDED, under its
  // own row's lock only) between two reads, and two reads could then each miss it.
  const live = await em.find(Payment, { bookingId: booking.id, status: { $in: [...CAPTURED_STATUSES, PaymentStatus.REQUIRES_PAYMENT] } }, { fields: ['status'] });
  if (live.some((payment) => CAPTURED_STATUSES.includes(payment.status))) throw invalidState('This booking is already paid');
  if (live.length > 0) throw invalidState('A payment for this booking is already under way');
  if (booking.status !== 'PENDING_PAYMENT') throw invalidState(`A ${booking.status} booking cannot be paid`);
  if (booking.paymentDueAt && booking.paymentDueAt.getTime() <= Date.now()) throw invalidState('The payment for this booking is overdue');
}
