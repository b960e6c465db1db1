import type { EntityManager } from '@mikro-orm/postgresql';

/*
 * customer_event_seats: per event and customer, how many seats their live holds and unpaid
 * bookings own (seats in state HELD). holdSeats adds to it in its claiming statement, refusing
 * what would pass MAX_SEATS_PER_CUSTOMER; whatever frees or sells HELD seats takes them off here.
 */

export interface CustomerSeats {
  eventId: string;
  userId: string;
  seats: number;
}

/** Takes seats that stopped being HELD off their customers' tallies (rows locked in id order). */
export async function uncountSeats(tx: EntityManager, changes: CustomerSeats[]): Promise<void> {
  const byCustomer = new Map<string, CustomerSeats>();
  for (const change of changes) {
    const key = `${change.eventId}/${change.userId}`;
    const seen = byCustomer.get(key);
    byCustomer.set(key, { ...change, seats: (seen?.seats ?? 0) + change.seats });
  }
  if (byCustomer.size === 0) return;
  const change = [JSON.stringify([...byCustomer.values()])];
  const rows = `select * from jsonb_to_recordset(?::jsonb) as c("eventId" uuid, "userId" uuid, "seats" int)`;
  if (byCustomer.size > 1) {
    await tx.execute(
      `select 1 from "customer_event_seats" t join (${rows}) c on c."eventId" = t."event_id" and c."userId" = t."user_id"
       order by t."event_id", t."user_id" for update of t`,
      change,
    );
  }
  await tx.execute(
    `update "customer_event_seats" t set "seats" = t."seats" - c."seats" from (${rows}) c
     where t."event_id" = c."eventId" and t."user_id" = c."userId"`,
    change,
    'run',
  );
}
