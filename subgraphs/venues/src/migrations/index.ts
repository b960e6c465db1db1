import type { NamedMigration } from '@boxoffice/platform';
import { Migration20261122100000_venues } from './Migration20261122100000_venues.js';

export const migrations: NamedMigration[] = [
  { name: 'Migration20261122100000_venues', class: Migration20261122100000_venues },
];
