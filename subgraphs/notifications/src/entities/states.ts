import { graphqlEnum, type EnumValue } from '@boxoffice/platform';

/** What a notification is about; account mails cannot be turned off, the others can. */
export const NotificationCategory = graphqlEnum('NotificationCategory', ['ACCOUNT', 'BOOKINGS', 'EVENTS']);
export type NotificationCategory = EnumValue<typeof NotificationCategory>;

/** Which notification it is; each has a mail template of the same name in `templates/`. */
export const NotificationKind = graphqlEnum('NotificationKind', [
  'WELCOME',
  'EMAIL_VERIFICATION',
  'EMAIL_VERIFIED',
  'PASSWORD_RESET',
  'ROLE_CHANGED',
  'BOOKING_CONFIRMED',
  'BOOKING_CANCELLED',
  'BOOKING_EXPIRED',
  'REFUND',
  'EVENT_CANCELLED',
  'SESSION_CHANGED',
]);
export type NotificationKind = EnumValue<typeof NotificationKind>;

export const NotificationChannel = graphqlEnum('NotificationChannel', ['EMAIL']);
export type NotificationChannel = EnumValue<typeof NotificationChannel>;

export const NotificationDeliveryStatus = graphqlEnum('NotificationDeliveryStatus', ['PENDING', 'SENT', 'FAILED']);
export type NotificationDeliveryStatus = EnumValue<typeof NotificationDeliveryStatus>;
