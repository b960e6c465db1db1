import type { PromoCode } from '../entities/index.js';

/*
 * Pure pricing: what a set of seats costs with or without a promo code, and why a code does not
 * apply. No I/O, so it is unit-tested on its own (test/unit/promo-pricing.test.ts).
 */

export interface PricedSeat {
  sectionId: string;
  priceCents: number;
}

export interface SeatsPrice {
  subtotalCents: number;
  discountCents: number;
  totalCents: number;
  /** What each seat costs after its share of the discount, in the order of the seats given. */
  seatPaidCents: number[];
}

export type PromoTerms = Pick<PromoCode, 'kind' | 'value' | 'sectionIds'>;

export type PromoRules = Pick<
  PromoCode,
  'active' | 'validFrom' | 'validUntil' | 'maxRedemptions' | 'redemptions' | 'minTotalCents' | 'sectionIds'
>;

/** Seats the code applies to: those of its sections, or every seat when it names none. */
const appliesTo = (promo: Pick<PromoCode, 'sectionIds'>, seat: PricedSeat) =>
  promo.sectionIds.length === 0 || promo.sectionIds.includes(seat.sectionId);

/**
 * The price of `seats`, discounted by `promo` when given. PERCENT takes that share of the
 * eligible seats' prices (rounded down to whole minor units); FIXED takes its value, at most what
 * the eligible seats cost, so a total never goes below zero. The discount is split over the
 * eligible seats in proportion to their prices by largest remainder: the shares are whole minor
 * units, add up to the discount exactly, and no seat's share exceeds its price.
 */
export function priceSeats(seats: readonly PricedSeat[], promo?: PromoTerms | null): SeatsPrice {
  const subtotalCents = seats.reduce((sum, seat) => sum + seat.priceCents, 0);
  if (!promo) return { subtotalCents, discountCents: 0, totalCents: subtotalCents, seatPaidCents: seats.map((seat) => seat.priceCents) };
  const eligible = seats.map((seat) => (appliesTo(promo, seat) ? seat.priceCents : 0));
  const eligibleCents = eligible.reduce((sum, cents) => sum + cents, 0);
  const discountCents =
    promo.kind === 'PERCENT' ? Math.floor((eligibleCents * Math.min(promo.value, 100)) / 100) : Math.min(promo.value, eligibleCents);
  const shares = splitByLargestRemainder(discountCents, eligible);
  return {
    subtotalCents,
    discountCents,
    totalCents: subtotalCents - discountCents,
    seatPaidCents: seats.map((seat, index) => seat.priceCents - shares[index]!),
  };
}

/** `amount` split over `weights` in proportion, whole units, summing to `amount` (BigInt: amount × weight may pass 2^53). */
export function splitByLargestRemainder(amount: number, weights: readonly number[]): number[] {
  const total = BigInt(weights.reduce((sum, weight) => sum + weight, 0));
  if (total === 0n || amount === 0) return weights.map(() => 0);
  const exact = weights.map((weight) => BigInt(amount) * BigInt(weight));
  const shares = exact.map((product) => product / total);
  let left = amount - shares.reduce((sum, share) => sum + Number(share), 0);
  // Largest remainders first; ties go to the earlier seat, so the split is deterministic.
  const order = exact.map((product, index) => ({ index, remainder: product % total })).sort((a, b) => (b.remainder > a.remainder ? 1 : b.remainder < a.remainder ? -1 : a.index - b.index));
  for (const { index } of order) {
    if (left === 0) break;
    shares[index]! += 1n;
    left -= 1;
  }
  return shares.map(Number);
}

/**
 * Why the code cannot discount these seats now, as the message of its BAD_USER_INPUT; null when
 * it can. Its window is [validFrom, validUntil): valid from the first instant, expired at the last.
 */
export function promoRefusal(promo: PromoRules, seats: readonly PricedSeat[], now: Date): string | null {
  if (!promo.active) return 'this code is no longer active';
  if (promo.validFrom && now < promo.validFrom) return `this code is not valid before ${promo.validFrom.toISOString()}`;
  if (promo.validUntil && now >= promo.validUntil) return `this code expired at ${promo.validUntil.toISOString()}`;
  if (promo.maxRedemptions != null && promo.redemptions >= promo.maxRedemptions) return 'this code has been used up';
  if (!seats.some((seat) => appliesTo(promo, seat))) return 'this code does not apply to the sections of these seats';
  const subtotalCents = seats.reduce((sum, seat) => sum + seat.priceCents, 0);
  if (promo.minTotalCents != null && subtotalCents < promo.minTotalCents) {
    return `this code applies to bookings of at least ${promo.minTotalCents} cents; these seats cost ${subtotalCents}`;
  }
  return null;
}
