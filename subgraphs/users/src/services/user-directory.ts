import { findPage, type Page, type PageArgs, type RequestContext } from '@boxoffice/platform';
import { User } from '../entities/index.js';

/** Every account, oldest first; the resolver admits admins only. */
export class UserDirectory {
  list({ em }: RequestContext, page: PageArgs): Promise<Page<User>> {
    return findPage(em, User, {}, { createdAt: 'asc', id: 'asc' }, page);
  }
}
