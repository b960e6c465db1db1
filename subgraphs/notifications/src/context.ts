import { byIdLoader, type SubgraphContext } from '@boxoffice/platform';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Notification } from './entities/index.js';
import type { AccountNotices } from './services/account-notices.js';
import type { BookingNotices } from './services/booking-notices.js';
import type { CatalogProjections } from './services/catalog-projections.js';
import type { NotificationReads } from './services/notification-reads.js';
import type { PersonErasure } from './services/person-erasure.js';
import type { Preferences } from './services/preferences.js';
import type { RefundNotices } from './services/refund-notices.js';
import type { SessionNotices } from './services/session-notices.js';

/** The domain services of the notifications subgraph, shared by requests and the projection consumer. */
export interface NotificationsServices {
  reads: NotificationReads;
  preferences: Preferences;
  accountNotices: AccountNotices;
  bookingNotices: BookingNotices;
  refundNotices: RefundNotices;
  sessionNotices: SessionNotices;
  catalog: CatalogProjections;
  personErasure: PersonErasure;
}

export const createNotificationsLoaders = (em: EntityManager) => ({ notification: byIdLoader(em, Notification) });
export type NotificationsLoaders = ReturnType<typeof createNotificationsLoaders>;

export type NotificationsContext = SubgraphContext<NotificationsServices, NotificationsLoaders>;
