import { priceSeats, promoRefusal, splitByLargestRemainder, type PromoRules } from '../../src/services/promo-pricing.js';

const seat = (priceCents: number, sectionId = 'stalls') => ({ sectionId, priceCents });

const rules = (overrides: Partial<PromoRules> = {}): PromoRules => ({
  active: true,
  validFrom: null,
  validUntil: null,
  maxRedemptions: null,
  redemptions: 0,
  minTotalCents: null,
  sectionIds: [],
  ...overrides,
});

describe('splitByLargestRemainder', () => {
  it('splits into whole units that add up exactly, the largest remainders first', () => {
    expect(splitByLargestRemainder(1000, [3000, 3000, 3000])).toEqual([334, 333, 333]);
    expect(splitByLargestRemainder(100, [1, 2])).toEqual([33, 67]);
    expect(splitByLargestRemainder(7, [0, 5, 0])).toEqual([0, 7, 0]);
    expect(splitByLargestRemainder(0, [10, 20])).toEqual([0, 0]);
  });

  it('stays exact where amount × weight passes 2^53', () => {
    const shares = splitByLargestRemainder(299_999_990, [100_000_000, 100_000_000, 99_999_999]);
    expect(shares.reduce((sum, share) => sum + share, 0)).toBe(299_999_990);
    expect(shares.every((share, index) => share <= [100_000_000, 100_000_000, 99_999_999][index]!)).toBe(true);
  });
});

describe('priceSeats', () => {
  it('charges the prices without a code', () => {
    expect(priceSeats([seat(3000), seat(2000)])).toEqual({ subtotalCents: 5000, discountCents: 0, totalCents: 5000, seatPaidCents: [3000, 2000] });
  });

  it('takes a percentage of the eligible seats, rounded down', () => {
    expect(priceSeats([seat(999), seat(1000, 'balcony')], { kind: 'PERCENT', value: 15, sectionIds: ['stalls'] })).toEqual({
      subtotalCents: 1999,
      discountCents: 149,
      totalCents: 1850,
      seatPaidCents: [850, 1000],
    });
    expect(priceSeats([seat(1234)], { kind: 'PERCENT', value: 100, sectionIds: [] }).totalCents).toBe(0);
  });

  it('never goes below zero: a FIXED value above the total takes the total', () => {
    expect(priceSeats([seat(2000), seat(500)], { kind: 'FIXED', value: 1_000_000, sectionIds: [] })).toEqual({
      subtotalCents: 2500,
      discountCents: 2500,
      totalCents: 0,
      seatPaidCents: [0, 0],
    });
  });

  it('splits the discount in proportion to the prices: every seat pays its price less its share', () => {
    const price = priceSeats([seat(3000), seat(1000), seat(2000)], { kind: 'FIXED', value: 1001, sectionIds: [] });
    expect(price.seatPaidCents).toEqual([2500, 833, 1666]);
    expect(price.seatPaidCents.reduce((sum, cents) => sum + cents, 0)).toBe(price.totalCents);
  });
});

describe('promoRefusal', () => {
  const now = new Date('2026-12-02T12:00:00.000Z');
  const seats = [seat(3000)];

  it('accepts from validFrom on and refuses from validUntil on', () => {
    expect(promoRefusal(rules({ validFrom: now }), seats, now)).toBeNull();
    expect(promoRefusal(rules({ validFrom: new Date(now.getTime() + 1) }), seats, now)).toMatch(/not valid before/);
    expect(promoRefusal(rules({ validUntil: new Date(now.getTime() + 1) }), seats, now)).toBeNull();
    expect(promoRefusal(rules({ validUntil: now }), seats, now)).toMatch(/expired at 2026-12-02T12:00:00.000Z/);
  });

  it('says which rule refuses', () => {
    expect(promoRefusal(rules({ active: false }), seats, now)).toMatch(/no longer active/);
    expect(promoRefusal(rules({ maxRedemptions: 10, redemptions: 10 }), seats, now)).toMatch(/used up/);
    expect(promoRefusal(rules({ maxRedemptions: 10, redemptions: 9 }), seats, now)).toBeNull();
    expect(promoRefusal(rules({ sectionIds: ['balcony'] }), seats, now)).toMatch(/does not apply/);
    expect(promoRefusal(rules({ minTotalCents: 3001 }), seats, now)).toMatch(/at least 3001 cents/);
    expect(promoRefusal(rules({ minTotalCents: 3000 }), seats, now)).toBeNull();
  });
});
