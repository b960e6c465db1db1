import type { NamedMigration } from '@boxoffice/platform';
import { Migration20261122000000_users } from './Migration20261122000000_users.js';
import { Migration20261202000000_account_tokens } from './Migration20261202000000_account_tokens.js';
import { Migration20261203000000_profiles_and_sessions } from './Migration20261203000000_profiles_and_sessions.js';
import { Migration20261203100000_audit_log } from './Migration20261203100000_audit_log.js';
import { Migration20261203200000_linked_identities_and_deletion } from './Migration20261203200000_linked_identities_and_deletion.js';

export const migrations: NamedMigration[] = [
  { name: 'Migration20261122000000_users', class: Migration20261122000000_users },
  { name: 'Migration20261202000000_account_tokens', class: Migration20261202000000_account_tokens },
  { name: 'Migration20261203000000_profiles_and_sessions', class: Migration20261203000000_profiles_and_sessions },
  { name: 'Migration20261203100000_audit_log', class: Migration20261203100000_audit_log },
  { name: 'Migration20261203200000_linked_identities_and_deletion', class: Migration20261203200000_linked_identities_and_deletion },
];
