import { byIdLoader, type RequestContext } from '@boxoffice/platform';
import type DataLoader from 'dataloader';
import { User } from './entities/index.js';
import type { Accounts } from './services/accounts.js';

export interface UsersContext extends RequestContext {
  accounts: Accounts;
  loaders: { user: DataLoader<string, User | null> };
}

export function createUsersContext(base: RequestContext, accounts: Accounts): UsersContext {
  return { ...base, accounts, loaders: { user: byIdLoader(base.em, User) } };
}
