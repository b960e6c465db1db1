import { NotificationEventTypes, TOPICS, type NotificationFacts, type OutgoingEvent } from '@boxoffice/platform';
import type { Notification } from '../entities/index.js';

/** A new notification on `notifications.notification`, keyed by its person: the gateway pushes `notificationReceived`. */
export function notificationEvent(notification: Pick<Notification, 'id' | 'userId'>): OutgoingEvent {
  const payload: NotificationFacts = { notificationId: notification.id, userId: notification.userId };
  return { topic: TOPICS.notification, type: NotificationEventTypes.created, aggregateId: notification.userId, payload };
}
