import { badUserInput, findPage, isUuid, PageArgs, requireViewer, type Page, type RequestContext } from '@boxoffice/platform';
import { Notification, NotificationDelivery, NotificationDeliveryStatus } from '../entities/index.js';
import type { MyNotificationsArgs } from '../types/index.js';

/** How many notifications one markNotificationsRead may name (the largest page of myNotifications). */
export const MARK_READ_MAX_IDS = 100;

/** The caller's in-app notifications, newest first; and, for admins, the mails that failed. */
export class NotificationReads {
  mine({ em, auth }: RequestContext, { unreadOnly, ...page }: MyNotificationsArgs): Promise<Page<Notification>> {
    const userId = requireViewer(auth).id;
    return findPage(em, Notification, unreadOnly ? { userId, readAt: null } : { userId }, { createdAt: 'desc', id: 'desc' }, page);
  }

  /** The caller's newest notification: what `notificationReceived` pushes. */
  latest({ em, auth }: RequestContext): Promise<Notification | null> {
    return em.findOne(Notification, { userId: requireViewer(auth).id }, { orderBy: { createdAt: 'desc', id: 'desc' } });
  }

  /** Marks the caller's notifications among `ids` read and returns them; other ids are left out. */
  async markRead({ em, auth }: RequestContext, ids: string[]): Promise<Notification[]> {
    const userId = requireViewer(auth).id;
    if (ids.length > MARK_READ_MAX_IDS) throw badUserInput([{ field: 'ids', message: `at most ${MARK_READ_MAX_IDS} at a time` }]);
    const own = { id: { $in: ids.filter(isUuid) }, userId };
    await em.nativeUpdate(Notification, { ...own, readAt: null }, { readAt: new Date() });
    return em.find(Notification, own, { orderBy: { createdAt: 'desc', id: 'desc' }, refresh: true });
  }

  failedDeliveries({ em }: RequestContext, page: PageArgs): Promise<Page<NotificationDelivery>> {
    return findPage(em, NotificationDelivery, { status: NotificationDeliveryStatus.FAILED }, { createdAt: 'desc', id: 'desc' }, page);
  }
}
