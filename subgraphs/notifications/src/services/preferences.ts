import { badUserInput, ownsOrAdmin, requireViewer, type RequestContext } from '@boxoffice/platform';
import { NotificationPreference } from '../entities/index.js';
import type { NotificationPreferences, NotificationPreferencesInput } from '../types/index.js';

const shown = (preference: NotificationPreference | null): NotificationPreferences => ({
  account: true,
  bookings: preference?.bookings ?? true,
  events: preference?.events ?? true,
});

/** Which mails a person gets, per category; account mails always. */
export class Preferences {
  /** The user themself and admins; null for anyone else. */
  async of({ em, auth }: RequestContext, userId: string): Promise<NotificationPreferences | null> {
    if (!ownsOrAdmin(auth.viewer, userId)) return null;
    return shown(await em.findOne(NotificationPreference, { userId }));
  }

  async update({ em, auth }: RequestContext, input: NotificationPreferencesInput): Promise<NotificationPreferences> {
    const userId = requireViewer(auth).id;
    if (input.account === false) throw badUserInput([{ field: 'account', message: 'account mails cannot be turned off' }]);
    const current = shown(await em.findOne(NotificationPreference, { userId }));
    const preference = await em.upsert(NotificationPreference, {
      userId,
      bookings: input.bookings ?? current.bookings,
      events: input.events ?? current.events,
      updatedAt: new Date(),
    });
    return shown(preference);
  }
}
