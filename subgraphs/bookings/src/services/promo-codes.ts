import {
  assertOwnerOrAdmin,
  badUserInput,
  invalidState,
  isUuid,
  notFound,
  requireViewer,
  validateInput,
  type ProjectionWait,
  type RequestContext,
} from '@boxoffice/platform';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { z } from 'zod';
import type { BookingsContext } from '../context.js';
import { EventProjection, PromoCode, PromoKind, type SeatHold } from '../entities/index.js';
import type { CreatePromoCodeArgs, Price } from '../types/index.js';
import { assertOrganizerOrAdmin } from './booking-access.js';
import { priceSeats } from './promo-pricing.js';
import { applicablePromo } from './promo-redemptions.js';
import { pricedSeats } from './seat-prices.js';

/** A FIXED discount above the most 10 seats can cost (README, Events) would never matter. */
const MAX_FIXED_CENTS = 1_000_000_000;

/** Codes per event at most (the gateway's cost model counts Event.promoCodes as this many). */
const MAX_CODES_PER_EVENT = 100;

const count = z.number().int('must be a whole number').positive('must be greater than 0').max(1_000_000_000);

const promoInput = z
  .object({
    code: z
      .string()
      .trim()
      .min(1, 'is required')
      .max(40, 'must be at most 40 characters')
      .regex(/^[A-Za-z0-9_-]+$/, 'may hold only letters, digits, - and _'),
    kind: z.enum(Object.values(PromoKind)),
    value: count,
    maxRedemptions: count.nullish(),
    perCustomerLimit: count.nullish(),
    validFrom: z.date().nullish(),
    validUntil: z.date().nullish(),
    minTotalCents: z.number().int('must be a whole number').min(0, 'must not be negative').max(MAX_FIXED_CENTS).nullish(),
    sectionIds: z
      .array(z.string())
      .max(50, 'must name at most 50 sections')
      .refine((ids) => new Set(ids).size === ids.length, 'must not name a section twice')
      .nullish(),
  })
  .superRefine((input, issues) => {
    if (input.kind === 'PERCENT' && input.value > 100) issues.addIssue({ code: 'custom', path: ['value'], message: 'must be between 1 and 100 for PERCENT' });
    if (input.kind === 'FIXED' && input.value > MAX_FIXED_CENTS) issues.addIssue({ code: 'custom', path: ['value'], message: `must be at most ${MAX_FIXED_CENTS} for FIXED` });
    if (input.validFrom && input.validUntil && input.validUntil <= input.validFrom) {
      issues.addIssue({ code: 'custom', path: ['validUntil'], message: 'must be after validFrom' });
    }
  });

const byCreation = { createdAt: 'asc', id: 'asc' } as const;

/** Promo codes: created and deactivated by the event's organizer or an admin; prices of holds. */
export class PromoCodes {
  constructor(private readonly projectionWait: ProjectionWait) {}

  async create(ctx: RequestContext, { eventId, input }: CreatePromoCodeArgs): Promise<PromoCode> {
    requireViewer(ctx.auth);
    const event = isUuid(eventId)
      ? await this.projectionWait.until(`event:${eventId}`, () => ctx.em.fork().findOne(EventProjection, eventId))
      : undefined;
    if (!event) throw notFound('Event', eventId);
    assertOwnerOrAdmin(ctx.auth, event.organizerId, 'this event');
    const valid = validateInput(promoInput, input);
    if (event.status === 'CANCELLED' || event.status === 'COMPLETED') throw invalidState(`Event is ${event.status}; it sells nothing more`);
    const sections = new Set(event.prices.map((price) => price.sectionId));
    const foreign = (valid.sectionIds ?? []).flatMap((id, index) =>
      sections.has(id) ? [] : [{ field: `sectionIds[${index}]`, message: `${id} is not a section of this event's venue` }],
    );
    if (foreign.length > 0) throw badUserInput(foreign);
    if ((await ctx.em.count(PromoCode, { eventId: event.id })) >= MAX_CODES_PER_EVENT) {
      throw invalidState(`An event has at most ${MAX_CODES_PER_EVENT} promo codes; deactivated ones count`);
    }
    const promo = ctx.em.create(PromoCode, { ...valid, eventId: event.id, sectionIds: valid.sectionIds ?? [] });
    try {
      await ctx.em.persist(promo).flush();
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) throw badUserInput([{ field: 'code', message: 'this event already has this code (ignoring case)' }]);
      throw error;
    }
    return promo;
  }

  /** The code stops discounting new checkouts; bookings that redeemed it keep their discount. */
  async deactivate(ctx: RequestContext, id: string): Promise<PromoCode> {
    requireViewer(ctx.auth);
    const promo = isUuid(id) ? await ctx.em.findOne(PromoCode, id) : null;
    if (!promo) throw notFound('PromoCode', id);
    const event = await ctx.em.findOneOrFail(EventProjection, promo.eventId);
    assertOwnerOrAdmin(ctx.auth, event.organizerId, "this promo code's event");
    await ctx.em.nativeUpdate(PromoCode, { id, active: true }, { active: false, updatedAt: new Date() });
    return ctx.em.findOneOrFail(PromoCode, id, { refresh: true });
  }

  /** Event.promoCodes: the organizer or an admin; an event bookings has not seen has none. */
  async ofEvent(ctx: BookingsContext, eventId: string): Promise<PromoCode[]> {
    const event = isUuid(eventId) ? await ctx.loaders.event.load(eventId) : null;
    if (!event) return [];
    assertOrganizerOrAdmin(ctx.auth, event.organizerId, "see this event's promo codes");
    return ctx.em.find(PromoCode, { eventId }, { orderBy: byCreation });
  }

  /** Hold.price: what checking the hold out would cost, with `promoCode` if given (refused as checkout would). */
  async priceOfHold(ctx: BookingsContext, { hold, promoCode }: { hold: SeatHold; promoCode?: string | null }): Promise<Price> {
    assertOwnerOrAdmin(ctx.auth, hold.userId, 'this hold');
    const event = await ctx.loaders.event.load(hold.eventId);
    if (!event) throw notFound('Event', hold.eventId);
    const seats = await pricedSeats(ctx.em, event, hold.seatIds);
    const promo = promoCode?.trim() ? await applicablePromo(ctx.em, event.id, promoCode, seats, hold.userId) : null;
    const { subtotalCents, discountCents, totalCents } = priceSeats(seats, promo);
    return { subtotalCents, discountCents, totalCents, currency: event.currency };
  }
}
