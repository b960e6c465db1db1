import { PageArgs, type Page } from '@boxoffice/platform';
import { Arg, Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { UsersContext } from '../context.js';
import { AuditEntry, Role, User } from '../entities/index.js';
import { AuditEntryConnection, AuditLogFilter } from '../types/index.js';

/** type-graphql prints separate arguments in reverse parameter order: this keeps (filter, first, after). */
@Resolver(() => AuditEntry)
export class AuditLogResolver {
  @Authorized(Role.ADMIN)
  @Query(() => AuditEntryConnection, { description: 'Admins only: privileged and money-moving actions, newest first.' })
  auditLog(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => AuditLogFilter, { nullable: true }) filter: AuditLogFilter | null,
    @Ctx() ctx: UsersContext,
  ): Promise<Page<AuditEntry>> {
    return ctx.services.auditLog.find(ctx, { filter, page });
  }

  @FieldResolver(() => User, { nullable: true, description: 'The user who acted; null for the system or an erased account.' })
  actor(@Root() entry: AuditEntry, @Ctx() ctx: UsersContext): Promise<User | null> | null {
    return entry.actorId ? ctx.loaders.user.load(entry.actorId) : null;
  }
}
