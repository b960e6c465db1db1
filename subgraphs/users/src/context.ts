import { byIdLoader, childrenLoader, type SubgraphContext } from '@boxoffice/platform';
import type { EntityManager } from '@mikro-orm/postgresql';
import { LinkedIdentity, User } from './entities/index.js';
import type { AccountDeletion } from './services/account-deletion.js';
import type { Accounts } from './services/accounts.js';
import type { AuditLog } from './services/audit-log.js';
import type { EmailVerification } from './services/email-verification.js';
import type { PasswordResets } from './services/password-resets.js';
import type { UserDirectory } from './services/user-directory.js';
import type { UserRoles } from './services/user-roles.js';
import type { DeviceSessions } from './services/device-sessions.js';
import type { PasswordChanges } from './services/password-changes.js';
import type { Profiles } from './services/profiles.js';
import type { IdentityProviders } from './services/identity-providers.js';
import type { ProviderSignIn } from './services/provider-sign-in.js';

export interface UsersServices {
  accounts: Accounts;
  roles: UserRoles;
  directory: UserDirectory;
  emailVerification: EmailVerification;
  passwordResets: PasswordResets;
  profiles: Profiles;
  passwordChanges: PasswordChanges;
  deviceSessions: DeviceSessions;
  auditLog: AuditLog;
  accountDeletion: AccountDeletion;
  identityProviders: IdentityProviders;
  providerSignIn: ProviderSignIn;
}

export function createUsersLoaders(em: EntityManager) {
  return {
    user: byIdLoader(em, User),
    /** The identity providers linked to each user, by provider name. */
    linkedIdentities: childrenLoader(
      (userIds) => em.find(LinkedIdentity, { user: { $in: [...userIds] } }, { orderBy: { provider: 'asc' } }),
      (link) => link.user.id,
    ),
  };
}
export type UsersLoaders = ReturnType<typeof createUsersLoaders>;

export type UsersContext = SubgraphContext<UsersServices, UsersLoaders>;
