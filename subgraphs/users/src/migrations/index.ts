import type { NamedMigration } from '@boxoffice/platform';
import { Migration20261122000000_users } from './Migration20261122000000_users.js';

export const migrations: NamedMigration[] = [
  { name: 'Migration20261122000000_users', class: Migration20261122000000_users },
];
