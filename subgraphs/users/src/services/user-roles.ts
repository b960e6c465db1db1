import { notFound, type RequestContext } from '@boxoffice/platform';
import { User } from '../entities/index.js';
import type { RoleChangeArgs } from '../types/index.js';

/** Role changes; the resolver admits admins only. */
export class UserRoles {
  async change(ctx: RequestContext, { userId, role }: RoleChangeArgs): Promise<User> {
    const user = await ctx.em.findOne(User, userId);
    if (!user) throw notFound('User', userId);
    user.role = role;
    await ctx.em.flush();
    return user;
  }
}
