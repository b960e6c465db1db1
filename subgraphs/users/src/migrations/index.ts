import type { NamedMigration } from '@boxoffice/platform';
import { Migration20261122000000_users } from './Migration20261122000000_users.js';
import { Migration20261202000000_account_tokens } from './Migration20261202000000_account_tokens.js';

export const migrations: NamedMigration[] = [
  { name: 'Migration20261122000000_users', class: Migration20261122000000_users },
  { name: 'Migration20261202000000_account_tokens', class: Migration20261202000000_account_tokens },
];
