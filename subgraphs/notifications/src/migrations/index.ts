import type { NamedMigration } from '@boxoffice/platform';
import { Migration20261202100000_notifications } from './Migration20261202100000_notifications.js';

export const migrations: NamedMigration[] = [
  { name: 'Migration20261202100000_notifications', class: Migration20261202100000_notifications },
];
