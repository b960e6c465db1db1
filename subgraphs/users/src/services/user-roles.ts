import { notFound, recordEvents, UserEventTypes, type RequestContext } from '@boxoffice/platform';
import { User } from '../entities/index.js';
import { userEvent } from '../messaging/outgoing.js';
import type { RoleChangeArgs } from '../types/index.js';

/** Role changes; the resolver admits admins only. */
export class UserRoles {
  async change(ctx: RequestContext, { userId, role }: RoleChangeArgs): Promise<User> {
    return ctx.em.transactional(async (tx) => {
      const user = await tx.findOne(User, userId);
      if (!user) throw notFound('User', userId);
      user.role = role;
      recordEvents(tx, ctx, [userEvent(UserEventTypes.roleChanged, user)]);
      return user;
    });
  }
}
