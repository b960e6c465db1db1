import { refuseSubscription } from '@boxoffice/platform';
import { Resolver, Root, Subscription } from 'type-graphql';
import { Notification } from '../entities/index.js';

/**
 * `notificationReceived` composes from here, but the gateway serves it: it re-runs
 * `latestNotification` as the subscriber whenever notifications announces one of theirs on Kafka.
 */
@Resolver()
export class SubscriptionResolver {
  @Subscription(() => Notification, {
    subscribe: refuseSubscription,
    description: 'Authenticated: pushes each new in-app notification of the caller (under a burst, at least the newest).',
  })
  notificationReceived(@Root() notification: Notification): Notification {
    return notification;
  }
}
