import type { RequestContext } from '@boxoffice/platform';
import { Notification, NotificationPreference, Person } from '../entities/index.js';

/**
 * A deleted account (UserDeleted): everything kept about the person goes — how to address them,
 * their notifications and their mails (recipient, names), their preferences. Later notices for
 * the id find no person and send no mail.
 */
export class PersonErasure {
  async erase({ em }: RequestContext, userId: string): Promise<void> {
    await em.execute(`delete from "notification_delivery" where "notification_id" in (select "id" from "notification" where "user_id" = ?)`, [userId], 'run');
    await em.nativeDelete(Notification, { userId });
    await em.nativeDelete(NotificationPreference, { userId });
    await em.nativeDelete(Person, { id: userId });
  }
}
