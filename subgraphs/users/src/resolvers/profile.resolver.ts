import { ownsOrAdmin } from '@boxoffice/platform';
import { Arg, Args, Authorized, Ctx, Directive, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { UsersContext } from '../context.js';
import { User } from '../entities/index.js';
import { ChangePasswordArgs, Profile, ProfileInput } from '../types/index.js';

@Resolver(() => User)
export class ProfileResolver {
  @Directive('@authenticated')
  @FieldResolver(() => Profile, { nullable: true, description: 'Visible to the user themself and to admins; null for anyone else.' })
  profile(@Root() user: User, @Ctx() ctx: UsersContext): Profile | null {
    if (!ownsOrAdmin(ctx.auth.viewer, user.id)) return null;
    return { phone: user.phone ?? null, locale: user.locale ?? null, timeZone: user.timeZone ?? null };
  }

  @Authorized()
  @Mutation(() => User, { description: "Changes the caller's profile. An invalid phone, locale or time zone is BAD_USER_INPUT naming it." })
  updateProfile(@Arg('input', () => ProfileInput) input: ProfileInput, @Ctx() ctx: UsersContext): Promise<User> {
    return ctx.services.profiles.update(ctx, input);
  }

  @Authorized()
  @Mutation(() => Boolean, {
    description: 'Sets a new password and signs out every other session of the caller. A wrong current password is UNAUTHENTICATED (counted like a login, RATE_LIMITED when repeated).',
  })
  changePassword(@Args(() => ChangePasswordArgs) args: ChangePasswordArgs, @Ctx() ctx: UsersContext): Promise<boolean> {
    return ctx.services.passwordChanges.change(ctx, args);
  }
}
