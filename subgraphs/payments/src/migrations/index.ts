import type { NamedMigration } from '@boxoffice/platform';
import { Migration20261122300000_payments } from './Migration20261122300000_payments.js';

export const migrations: NamedMigration[] = [
  { name: 'Migration20261122300000_payments', class: Migration20261122300000_payments },
];
