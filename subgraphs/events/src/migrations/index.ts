import type { NamedMigration } from '@boxoffice/platform';
import { Migration20261122010000_events } from './Migration20261122010000_events.js';

export const migrations: NamedMigration[] = [
  { name: 'Migration20261122010000_events', class: Migration20261122010000_events },
];
