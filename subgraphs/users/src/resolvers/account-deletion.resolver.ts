import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { UsersContext } from '../context.js';

@Resolver()
export class AccountDeletionResolver {
  @Authorized()
  @Mutation(() => Boolean, {
    description:
      "Deletes the caller's account: name, e-mail, profile and sessions are erased everywhere; bookings and payments stay, under the account's id only. Later logins fail. A wrong password is UNAUTHENTICATED (counted like a login).",
  })
  deleteMyAccount(@Arg('password', () => String) password: string, @Ctx() ctx: UsersContext): Promise<boolean> {
    return ctx.services.accountDeletion.deleteMine(ctx, password);
  }
}
