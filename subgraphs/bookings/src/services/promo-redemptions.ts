import { badUserInput, escapeLike } from '@boxoffice/platform';
import type { EntityManager } from '@mikro-orm/postgresql';
import { BookingStatus, PromoCode, type Booking } from '../entities/index.js';
import { promoRefusal, type PricedSeat } from './promo-pricing.js';

/*
 * Redeeming promo codes, inside the transaction that creates the booking, and giving uses back
 * when an unpaid booking ends. Lock order (locks.ts): after seats and seat tallies, the code's
 * row, then the customer's tally of it, then the availability version.
 */

const refused = (message: string) => badUserInput([{ field: 'promoCode', message }]);

/** The event's code, matched ignoring case; BAD_USER_INPUT when there is none. */
export async function findPromo(em: EntityManager, eventId: string, code: string): Promise<PromoCode> {
  const promo = await em.findOne(PromoCode, { eventId, code: { $ilike: escapeLike(code.trim()) } }, { refresh: true });
  if (!promo) throw refused(`there is no code ${JSON.stringify(code.trim())} for this event`);
  return promo;
}

/**
 * The code, if it may discount `seats` for `userId` now (read only: Hold.price and checkout's
 * first look); otherwise BAD_USER_INPUT saying why.
 */
export async function applicablePromo(em: EntityManager, eventId: string, code: string, seats: readonly PricedSeat[], userId: string): Promise<PromoCode> {
  const promo = await findPromo(em, eventId, code);
  const refusal = promoRefusal(promo, seats, new Date());
  if (refusal) throw refused(refusal);
  if (promo.perCustomerLimit != null && (await usesBy(em, promo.id, userId)) >= promo.perCustomerLimit) throw refused(customerLimitReached(promo.perCustomerLimit));
  return promo;
}

/**
 * Takes one use of the code for `userId`, or refuses with BAD_USER_INPUT: one conditional
 * update, which under concurrency re-reads the latest count before it decides, so a code with
 * N uses gives exactly N however many race for it; then the customer's tally, likewise. The
 * caller's transaction rolls back on a refusal, so nothing changes.
 */
export async function redeemPromo(tx: EntityManager, promo: PromoCode, userId: string): Promise<void> {
  const taken = await tx.execute<{ affectedRows: number }>(
    `update "promo_code" set "redemptions" = "redemptions" + 1
     where "id" = ? and "active" and ("max_redemptions" is null or "redemptions" < "max_redemptions")`,
    [promo.id],
    'run',
  );
  if (taken.affectedRows === 0) {
    const now = await tx.findOneOrFail(PromoCode, promo.id, { refresh: true });
    throw refused(now.active ? 'this code has been used up' : 'this code is no longer active');
  }
  const counted = await tx.execute<unknown[]>(
    `insert into "promo_customer_redemptions" as t ("promo_code_id", "user_id", "redemptions") values (?, ?, 1)
     on conflict ("promo_code_id", "user_id") do update set "redemptions" = t."redemptions" + 1
     where ?::int is null or t."redemptions" < ?::int
     returning 1`,
    [promo.id, userId, promo.perCustomerLimit ?? null, promo.perCustomerLimit ?? null],
  );
  if (counted.length === 0) throw refused(customerLimitReached(promo.perCustomerLimit!));
}

/** Gives back the uses of these bookings that are still unpaid (call before their status changes). */
export async function giveBackPromos(tx: EntityManager, bookings: readonly Booking[]): Promise<void> {
  const uses = bookings
    .filter((booking) => booking.status === BookingStatus.PENDING_PAYMENT && booking.promoCodeId)
    .map((booking) => ({ promoCodeId: booking.promoCodeId!, userId: booking.userId }))
    .sort((a, b) => (a.promoCodeId === b.promoCodeId ? a.userId.localeCompare(b.userId) : a.promoCodeId.localeCompare(b.promoCodeId)));
  if (uses.length === 0) return;
  const rows = `select "promoCodeId", "userId", count(*)::int as "uses"
    from jsonb_to_recordset(?::jsonb) as u("promoCodeId" uuid, "userId" uuid) group by 1, 2`;
  const json = JSON.stringify(uses);
  if (uses.length > 1) {
    await tx.execute(`select 1 from "promo_code" where "id" in (select ("u"->>'promoCodeId')::uuid from jsonb_array_elements(?::jsonb) "u") order by "id" for update`, [json]);
  }
  await tx.execute(
    `update "promo_code" p set "redemptions" = p."redemptions" - u."uses"
     from (select "promoCodeId", sum("uses")::int as "uses" from (${rows}) r group by 1) u where p."id" = u."promoCodeId"`,
    [json],
    'run',
  );
  await tx.execute(
    `update "promo_customer_redemptions" t set "redemptions" = t."redemptions" - u."uses"
     from (${rows}) u where t."promo_code_id" = u."promoCodeId" and t."user_id" = u."userId"`,
    [json],
    'run',
  );
}

async function usesBy(em: EntityManager, promoCodeId: string, userId: string): Promise<number> {
  const rows = await em.execute<Array<{ redemptions: number }>>(
    `select "redemptions" from "promo_customer_redemptions" where "promo_code_id" = ? and "user_id" = ?`,
    [promoCodeId, userId],
  );
  return rows[0]?.redemptions ?? 0;
}

const customerLimitReached = (limit: number) => `you have already used this code ${limit === 1 ? 'once' : `${limit} times`}, as often as it allows`;
