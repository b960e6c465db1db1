import type { NamedMigration } from '@boxoffice/platform';
import { Migration20261122040000_bookings } from './Migration20261122040000_bookings.js';

export const migrations: NamedMigration[] = [
  { name: 'Migration20261122040000_bookings', class: Migration20261122040000_bookings },
];
