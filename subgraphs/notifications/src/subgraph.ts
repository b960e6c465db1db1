import { PeriodicTask, type SubgraphDefinition } from '@boxoffice/platform';
import { createNotificationsLoaders, type NotificationsLoaders, type NotificationsServices } from './context.js';
import { BookingProjection, EventProjection, Notification, NotificationDelivery, NotificationPreference, Person, VenueProjection } from './entities/index.js';
import { notificationsProjection } from './messaging/incoming/index.js';
import { migrations } from './migrations/index.js';
import { buildNotificationsSchema } from './schema.js';
import { AccountNotices } from './services/account-notices.js';
import { BookingNotices } from './services/booking-notices.js';
import { CatalogProjections } from './services/catalog-projections.js';
import { EventNotices } from './services/event-notices.js';
import { MailComposer } from './services/mail-composer.js';
import { MailDeliveries } from './services/mail-deliveries.js';
import { createMailTransport } from './services/mail-transport.js';
import { NotificationReads } from './services/notification-reads.js';
import { Notifier } from './services/notifier.js';
import { Preferences } from './services/preferences.js';
import { PersonErasure } from './services/person-erasure.js';
import { RefundNotices } from './services/refund-notices.js';
import { SessionNotices } from './services/session-notices.js';
import { loadNotificationsSettings } from './settings.js';

export const notificationsSubgraph: SubgraphDefinition<NotificationsServices, NotificationsLoaders> = {
  name: 'notifications',
  entities: [Notification, NotificationDelivery, NotificationPreference, Person, EventProjection, VenueProjection, BookingProjection],
  migrations,
  buildSchema: buildNotificationsSchema,
  async wire({ orm, logger }) {
    const settings = loadNotificationsSettings();
    const notifier = new Notifier();
    const eventNotices = new EventNotices(notifier);
    const services: NotificationsServices = {
      reads: new NotificationReads(),
      preferences: new Preferences(),
      accountNotices: new AccountNotices(notifier),
      personErasure: new PersonErasure(),
      bookingNotices: new BookingNotices(notifier, eventNotices),
      refundNotices: new RefundNotices(notifier),
      sessionNotices: new SessionNotices(notifier),
      catalog: new CatalogProjections(eventNotices),
    };
    const transport = createMailTransport(settings.SMTP_URL);
    const deliveries = new MailDeliveries(orm, transport, new MailComposer(), settings.MAIL_FROM, {
      baseMs: settings.MAIL_RETRY_BASE_MS,
      maxMs: settings.MAIL_RETRY_MAX_MS,
      maxAttempts: settings.MAIL_MAX_ATTEMPTS,
    }, logger.child({ component: 'mail' }));
    const sending = new PeriodicTask({ name: 'mail delivery', intervalMs: settings.MAIL_SEND_INTERVAL_MS, run: () => deliveries.sendDue(), logger }).start();
    return {
      services,
      loaders: createNotificationsLoaders,
      jobs: [sending, { stop: () => transport.close() }],
      projection: notificationsProjection(services),
    };
  },
};
