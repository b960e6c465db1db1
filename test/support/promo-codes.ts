import { randomUUID } from 'node:crypto';
import { gql, ok } from './client.js';
import { BOOKING_FIELDS } from './bookings.js';
import type { TestUser } from './users.js';

/** The promo code operations as a client app calls them through the gateway. */

export const PROMO_CODE_FIELDS = `id code kind value maxRedemptions perCustomerLimit validFrom validUntil minTotalCents
  redemptions active createdAt updatedAt event { id } sections { id }`;
export const PRICE_FIELDS = 'subtotalCents discountCents totalCents currency';
export const DISCOUNTED_BOOKING_FIELDS = `${BOOKING_FIELDS} subtotalCents discountCents promoCode tickets { id paidCents seat { id } }`;

export const tryCreatePromoCode = (caller: TestUser | undefined, eventId: string, input: Record<string, unknown>) =>
  gql(
    `mutation($e: ID!, $input: CreatePromoCodeInput!) { createPromoCode(eventId: $e, input: $input) { ${PROMO_CODE_FIELDS} } }`,
    { e: eventId, input },
    caller?.token,
  );

/** A code of `eventId`: by default a unique PERCENT code of 10 % without limits. */
export async function createPromoCode(caller: TestUser, eventId: string, input: Record<string, unknown> = {}) {
  const code = `SAVE${randomUUID().slice(0, 8)}`;
  return ok(await tryCreatePromoCode(caller, eventId, { code, kind: 'PERCENT', value: 10, ...input })).createPromoCode;
}

export const tryDeactivatePromoCode = (caller: TestUser | undefined, id: string) =>
  gql(`mutation($id: ID!) { deactivatePromoCode(id: $id) { ${PROMO_CODE_FIELDS} } }`, { id }, caller?.token);

export const tryPromoCodesOf = (caller: TestUser | undefined, eventId: string) =>
  gql(`query($id: ID!) { event(id: $id) { promoCodes { ${PROMO_CODE_FIELDS} } } }`, { id: eventId }, caller?.token);

/** The event's code `id` as its organizer (or an admin) sees it now. */
export async function promoCodeOf(caller: TestUser, eventId: string, id: string) {
  const codes: Array<{ id: string; redemptions: number; active: boolean }> = ok(await tryPromoCodesOf(caller, eventId)).event.promoCodes;
  return codes.find((code) => code.id === id)!;
}

/** `holdSeats` answering the hold's price, with `promoCode` when given. */
export const tryHoldWithPrice = (caller: TestUser | undefined, eventId: string, seatIds: string[], promoCode?: string) =>
  gql(
    `mutation($e: ID!, $s: [ID!]!, $p: String) { holdSeats(eventId: $e, seatIds: $s) { id price(promoCode: $p) { ${PRICE_FIELDS} } } }`,
    { e: eventId, s: seatIds, p: promoCode },
    caller?.token,
  );

export const tryCheckoutWithPromo = (caller: TestUser | undefined, holdId: string, promoCode: string | undefined, key: string = randomUUID()) =>
  gql(
    `mutation($h: ID!, $k: String!, $p: String) { checkout(holdId: $h, idempotencyKey: $k, promoCode: $p) { ${DISCOUNTED_BOOKING_FIELDS} } }`,
    { h: holdId, k: key, p: promoCode },
    caller?.token,
  );
