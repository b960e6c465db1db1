import {
  conflict,
  forbidden,
  holdExpired,
  invalidState,
  isUuid,
  notFound,
  recordEvents,
  requireViewer,
  validateInput,
  type RequestContext,
} from '@boxoffice/platform';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { Booking, HoldStatus, type EventProjection, type SeatHold } from '../entities/index.js';
import type { CheckoutArgs } from '../types/index.js';
import { bookingEvent, recordAvailabilityChange } from '../messaging/outgoing.js';
import { lockHold } from './locks.js';
import { priceSeats } from './promo-pricing.js';
import { applicablePromo, redeemPromo } from './promo-redemptions.js';
import { assertOnSale } from './seat-holds.js';
import { transferHoldToBooking } from './seat-inventory.js';
import { pricedSeats } from './seat-prices.js';

const checkoutInput = z.object({
  idempotencyKey: z.string().trim().min(1, 'is required').max(200, 'must be at most 200 characters'),
});

/**
 * Turns live holds into PENDING_PAYMENT bookings, once per (user, idempotency key), discounted
 * by a promo code whose use is taken in the same transaction.
 */
export class Checkout {
  constructor(private readonly paymentWindowSeconds: number) {}

  async checkout(ctx: RequestContext, { holdId, idempotencyKey, promoCode }: CheckoutArgs): Promise<Booking> {
    const viewer = requireViewer(ctx.auth);
    const { idempotencyKey: key } = validateInput(checkoutInput, { idempotencyKey });
    if (!isUuid(holdId)) throw notFound('Hold', holdId);
    const earlier = await findByKey(ctx.em, viewer.id, key);
    if (earlier) return sameHold(earlier, holdId);
    try {
      return await ctx.em.transactional(async (tx) => {
        const locked = await lockHold(tx, holdId);
        if (!locked) throw notFound('Hold', holdId);
        const { event, hold } = locked;
        if (hold.userId !== viewer.id) throw forbidden('Only the owner of this hold may check it out');
        // A racing call with the same key waited for our lock: the winner's booking is visible now.
        const replay = await findByKey(tx, viewer.id, key);
        if (replay) return sameHold(replay, holdId);
        assertCheckoutable(hold, event);
        const seats = await pricedSeats(tx, event, hold.seatIds);
        const promo = promoCode?.trim() ? await applicablePromo(tx, event.id, promoCode, seats, viewer.id) : null;
        const price = priceSeats(seats, promo);
        const booking = tx.create(Booking, {
          eventId: event.id,
          userId: viewer.id,
          organizerId: event.organizerId,
          holdId: hold.id,
          seatIds: hold.seatIds,
          subtotalCents: price.subtotalCents,
          discountCents: price.discountCents,
          totalCents: price.totalCents,
          seatPaidCents: price.seatPaidCents,
          promoCode: promo?.code ?? null,
          promoCodeId: promo?.id ?? null,
          currency: event.currency,
          idempotencyKey: key,
          paymentDueAt: new Date(Date.now() + this.paymentWindowSeconds * 1000),
        });
        await tx.persist(booking).flush();
        const moved = await transferHoldToBooking(tx, hold.id, booking.id);
        if (moved !== hold.seatIds.length) throw new Error(`Hold ${hold.id} owns ${moved} of its ${hold.seatIds.length} seats`);
        hold.status = HoldStatus.CHECKED_OUT;
        // A refusal here rolls everything back: no booking, and the hold stays live.
        if (promo) await redeemPromo(tx, promo, viewer.id);
        await recordAvailabilityChange(tx, event.id, ctx);
        recordEvents(tx, ctx, [bookingEvent('created', booking)]);
        return booking;
      });
    } catch (error) {
      // The same key raced us on another hold and won: (user, key) is unique in the database.
      if (!(error instanceof UniqueConstraintViolationException)) throw error;
      const winner = await findByKey(ctx.em.fork(), viewer.id, key);
      if (!winner) throw error;
      return sameHold(winner, holdId);
    }
  }
}

function findByKey(em: EntityManager, userId: string, idempotencyKey: string): Promise<Booking | null> {
  return em.findOne(Booking, { userId, idempotencyKey });
}

function sameHold(booking: Booking, holdId: string): Booking {
  if (booking.holdId !== holdId) throw conflict('This idempotencyKey was already used to check out another hold');
  return booking;
}

function assertCheckoutable(hold: SeatHold, event: EventProjection): void {
  if (hold.status === HoldStatus.CHECKED_OUT) throw invalidState('This hold was already checked out');
  if (hold.status === HoldStatus.RELEASED) throw invalidState('This hold was released');
  if (hold.status === HoldStatus.EXPIRED || hold.expiresAt.getTime() <= Date.now()) throw holdExpired();
  assertOnSale(event);
}
