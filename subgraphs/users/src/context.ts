import { byIdLoader, type SubgraphContext } from '@boxoffice/platform';
import type { EntityManager } from '@mikro-orm/postgresql';
import { User } from './entities/index.js';
import type { Accounts } from './services/accounts.js';
import type { UserRoles } from './services/user-roles.js';

export interface UsersServices {
  accounts: Accounts;
  roles: UserRoles;
}

export const createUsersLoaders = (em: EntityManager) => ({ user: byIdLoader(em, User) });
export type UsersLoaders = ReturnType<typeof createUsersLoaders>;

export type UsersContext = SubgraphContext<UsersServices, UsersLoaders>;
