import type { NamedMigration } from '@boxoffice/platform';
import { Migration20261202100000_notifications } from './Migration20261202100000_notifications.js';
import { Migration20261204000000_cancelled_with_event } from './Migration20261204000000_cancelled_with_event.js';

export const migrations: NamedMigration[] = [
  { name: 'Migration20261202100000_notifications', class: Migration20261202100000_notifications },
  { name: 'Migration20261204000000_cancelled_with_event', class: Migration20261204000000_cancelled_with_event },
];
