import type { RequestContext } from '@boxoffice/platform';
import { Notification, NotificationPreference, Person } from '../entities/index.js';

/**
 * A deleted account (UserDeleted): everything kept about the person goes — how to address them,
 * their notifications and their mails (recipient, names), their preferences. Only the id stays,
 * in `erased_person`, so that later notices for it store nothing (see Notifier).
 */
export class PersonErasure {
  async erase({ em }: RequestContext, userId: string): Promise<void> {
    await em.execute(`delete from "notification_delivery" where "notification_id" in (select "id" from "notification" where "user_id" = ?)`, [userId], 'run');
    await em.nativeDelete(Notification, { userId });
    await em.nativeDelete(NotificationPreference, { userId });
    await em.nativeDelete(Person, { id: userId });
    await em.execute(`insert into "erased_person" ("id", "erased_at") values (?, now()) on conflict ("id") do nothing`, [userId], 'run');
  }
}
