import type { ReferenceResolvers } from '@boxoffice/platform';
import type { UsersContext } from '../context.js';
import { AccountMailResolver } from './account-mail.resolver.js';
import { AccountDeletionResolver } from './account-deletion.resolver.js';
import { AuditLogResolver } from './audit-log.resolver.js';
import { AuthResolver } from './auth.resolver.js';
import { DeviceSessionResolver } from './device-session.resolver.js';
import { IdentityProviderResolver } from './identity-provider.resolver.js';
import { ProfileResolver } from './profile.resolver.js';
import { UserResolver } from './user.resolver.js';

export const resolvers = [AuthResolver, AccountMailResolver, UserResolver, ProfileResolver, DeviceSessionResolver, AuditLogResolver, AccountDeletionResolver, IdentityProviderResolver] as const;

/** Federation: other subgraphs reference users by id; DataLoader batches them into one query. */
export const referenceResolvers: ReferenceResolvers = {
  User: {
    __resolveReference: (reference: { id: string }, ctx: UsersContext) => ctx.loaders.user.load(reference.id),
  },
};
