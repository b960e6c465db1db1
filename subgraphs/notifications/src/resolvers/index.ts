import { resolveStub, type ReferenceResolvers } from '@boxoffice/platform';
import type { NotificationsContext } from '../context.js';
import { NotificationResolver } from './notification.resolver.js';
import { PreferencesResolver } from './preferences.resolver.js';
import { SubscriptionResolver } from './subscription.resolver.js';

export const resolvers = [NotificationResolver, PreferencesResolver, SubscriptionResolver] as const;

/** Federation: notifications by id through one batched query; a User is just its key here. */
export const referenceResolvers: ReferenceResolvers = {
  Notification: {
    __resolveReference: (reference: { id: string }, ctx: NotificationsContext) => ctx.loaders.notification.load(reference.id),
  },
  User: { __resolveReference: resolveStub },
};
