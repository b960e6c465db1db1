import {
  badUserInput,
  conflict,
  invalidState,
  isUuid,
  notFound,
  paymentDeclined,
  PaymentEventTypes,
  recordEvents,
  requireViewer,
  validateInput,
  type ProjectionWait,
  type RequestContext,
  type Viewer,
} from '@boxoffice/platform';
import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { BookingProjection, CAPTURED_STATUSES, Payment, PaymentStatus } from '../entities/index.js';
import { paymentEvent } from '../messaging/outgoing.js';
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
 * payForBooking. Attempts are keyed by (payer, idempotency key): the key is reserved by
 * inserting the payment row before the provider is called, and a key seen before answers as it
 * did the first time. Attempts for one booking queue on its projection row's lock, so a booking
 * is charged at most once whatever keys are used; a partial unique index backs this up.
 */
export class BookingPayments {
  constructor(
    private readonly provider: PaymentProvider,
    private readonly projectionWait: ProjectionWait,
  ) {}

  async pay({ em, auth, correlationId }: RequestContext, request: PayRequest): Promise<Payment> {
    const viewer = requireViewer(auth);
    const input = validateInput(payRequest, request);
    const earlier = await findAttempt(em, viewer.id, input.idempotencyKey);
    const payment = earlier ?? (await this.attempt(em, viewer, input, correlationId));
    return this.answer(em, payment, input.bookingId);
  }

  private async attempt(em: EntityManager, viewer: Viewer, input: PayInput, correlationId: string): Promise<Payment> {
    const booking = await this.awaitBooking(em, input.bookingId);
    assertMayPay(viewer, booking);
    try {
      return await em.transactional((tx) => this.charge(tx, viewer, booking.id, input, correlationId));
    } catch (error) {
      if (!(error instanceof UniqueConstraintViolationException)) throw error;
      // Lost a race to a call with the same key for another booking; the booking lock rules out the rest.
      const winner = await findAttempt(em.fork(), viewer.id, input.idempotencyKey);
      if (!winner) throw invalidState('This booking is already paid');
      return winner;
    }
  }

  /** In a transaction: the booking row stays locked until the outcome is committed. */
  private async charge(tx: EntityManager, viewer: Viewer, bookingId: string, input: PayInput, correlationId: string): Promise<Payment> {
    const booking = await tx.findOneOrFail(BookingProjection, bookingId, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    const earlier = await findAttempt(tx, viewer.id, input.idempotencyKey);
    if (earlier) return earlier;
    await assertPayable(tx, booking);
    const payment = tx.create(Payment, {
      bookingId,
      userId: viewer.id,
      idempotencyKey: input.idempotencyKey,
      amountCents: booking.totalCents,
      currency: booking.currency,
      provider: this.provider.name,
    });
    await tx.flush();
    const result = await this.provider.charge({
      amountCents: payment.amountCents,
      currency: payment.currency,
      paymentMethod: input.paymentMethod,
      // Stable across retries of this attempt, even one whose row a crash rolled back.
      idempotencyKey: `${viewer.id}:${input.idempotencyKey}`,
    });
    if (result.outcome === 'invalid_payment_method') throw badUserInput([{ field: 'paymentMethod', message: result.message }]);
    if (result.outcome === 'succeeded') {
      payment.status = PaymentStatus.SUCCEEDED;
      payment.providerReference = result.reference;
    } else {
      payment.status = PaymentStatus.FAILED;
      payment.failureReason = result.reason;
    }
    const type = result.outcome === 'succeeded' ? PaymentEventTypes.succeeded : PaymentEventTypes.failed;
    recordEvents(tx, correlationId, [paymentEvent(type, payment)]);
    return payment;
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
  if (await em.count(Payment, { bookingId: booking.id, status: { $in: [...CAPTURED_STATUSES] } })) {
    throw invalidState('This booking is already paid');
  }
  if (booking.status !== 'PENDING_PAYMENT') throw invalidState(`A ${booking.status} booking cannot be paid`);
  if (booking.paymentDueAt && booking.paymentDueAt.getTime() <= Date.now()) throw invalidState('The payment for this booking is overdue');
}
