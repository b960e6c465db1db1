import { assertOwnerOrAdmin, isUuid, ownsOrAdmin, PageArgs, type Page } from '@boxoffice/platform';
import { Arg, Args, Authorized, Ctx, Directive, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { UsersContext } from '../context.js';
import { Role, User } from '../entities/index.js';
import { RoleChangeArgs, UserConnection } from '../types/index.js';

@Resolver(() => User)
export class UserResolver {
  @Directive('@authenticated')
  @Query(() => User, { nullable: true, description: 'The caller, or null when anonymous.' })
  async me(@Ctx() ctx: UsersContext): Promise<User | null> {
    return ctx.auth.viewer ? ctx.loaders.user.load(ctx.auth.viewer.id) : null;
  }

  @Authorized()
  @Query(() => User, { nullable: true, description: 'Admins, or the user themself; null for an unknown id.' })
  async user(@Arg('id', () => ID) id: string, @Ctx() ctx: UsersContext): Promise<User | null> {
    assertOwnerOrAdmin(ctx.auth, id, 'this account');
    return isUuid(id) ? ctx.loaders.user.load(id) : null;
  }

  @Authorized(Role.ADMIN)
  @Query(() => UserConnection, { description: 'Admins only.' })
  users(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: UsersContext): Promise<Page<User>> {
    return ctx.services.directory.list(ctx, page);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => User, { description: 'Admins only.' })
  changeRole(@Args(() => RoleChangeArgs) change: RoleChangeArgs, @Ctx() ctx: UsersContext): Promise<User> {
    return ctx.services.roles.change(ctx, change);
  }

  @Directive('@authenticated')
  @FieldResolver(() => String, { nullable: true, description: 'Visible to the user themself and to admins; null for anyone else.' })
  email(@Root() user: User, @Ctx() ctx: UsersContext): string | null {
    return ownsOrAdmin(ctx.auth.viewer, user.id) ? user.email : null;
  }

  @Directive('@authenticated')
  @FieldResolver(() => Boolean, { nullable: true, description: 'Whether the user proved control of the email address. Visible to the user themself and to admins; null for anyone else.' })
  emailVerified(@Root() user: User, @Ctx() ctx: UsersContext): boolean | null {
    return ownsOrAdmin(ctx.auth.viewer, user.id) ? user.emailVerified : null;
  }
}
