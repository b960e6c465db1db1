import { recordEvents, type RequestContext } from '@boxoffice/platform';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  NotificationCategory,
  NotificationDelivery,
  NotificationPreference,
  Person,
  type NotificationKind,
} from '../entities/index.js';
import { notificationEvent } from '../messaging/outgoing.js';

export interface Notice {
  userId: string;
  category: NotificationCategory;
  kind: NotificationKind;
  /** Names the fact and person: a second notice with the same key is dropped. */
  dedupeKey: string;
  title: string;
  body: string;
  /** What the mail's templates need besides the person; `secret` is a token the mail carries. */
  mail: { data: Record<string, unknown>; secret?: string };
}

/**
 * Turns a notice into an in-app notification and, unless the person turned its category off,
 * a PENDING mail for the delivery task: all in the consumer's transaction, nothing sent here.
 * A notice for a deleted account (see PersonErasure) stores nothing.
 */
export class Notifier {
  /** False when the notice had been given already, or its person's account was deleted. */
  async notify({ em, ...origin }: RequestContext, notice: Notice): Promise<boolean> {
    const inserted = await em.execute(
      `insert into "notification" ("id", "user_id", "dedupe_key", "category", "kind", "title", "body", "created_at")
       select gen_random_uuid(), ?, ?, ?, ?, ?, ?, now() where not exists (select 1 from "erased_person" where "id" = ?)
       on conflict ("dedupe_key") do nothing returning "id"`,
      [notice.userId, notice.dedupeKey, notice.category, notice.kind, notice.title, notice.body, notice.userId],
    );
    const row = inserted[0] as { id: string } | undefined;
    if (!row) return false;
    recordEvents(em, origin, [notificationEvent({ id: row.id, userId: notice.userId })]);
    if (await this.mailWanted(em, notice)) {
      // Facts of different topics arrive in any order: a booking's may come before its customer's
      // registration. The mail then waits for the person (see `address`).
      const person = await em.findOne(Person, notice.userId);
      em.persist(
        em.create(NotificationDelivery, {
          notificationId: row.id,
          kind: notice.kind,
          recipient: person?.email ?? null,
          subject: notice.title,
          data: { ...notice.mail.data, name: person?.name ?? null },
          secret: notice.mail.secret ?? null,
          nextAttemptAt: new Date(),
        }),
      );
    }
    await em.flush();
    return true;
  }

  /** Addresses the mails that waited for `person` (in the transaction that projects them). */
  async address({ em }: RequestContext, person: Pick<Person, 'id' | 'email' | 'name'>): Promise<void> {
    await em.execute(
      `update "notification_delivery" d set "recipient" = ?, "data" = d."data" || jsonb_build_object('name', ?::text)
       from "notification" n
       where d."recipient" is null and n."id" = d."notification_id" and n."user_id" = ?`,
      [person.email, person.name, person.id],
      'run',
    );
  }

  private async mailWanted(em: EntityManager, { userId, category }: Notice): Promise<boolean> {
    if (category === NotificationCategory.ACCOUNT) return true;
    const preference = await em.findOne(NotificationPreference, { userId });
    if (!preference) return true;
    return category === NotificationCategory.BOOKINGS ? preference.bookings : preference.events;
  }
}
