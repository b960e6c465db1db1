import { Arg, Args, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { UsersContext } from '../context.js';
import { User } from '../entities/index.js';
import { AuthPayload, ResetPasswordArgs } from '../types/index.js';

/** Email verification and password reset: the tokens travel by mail (sent by notifications). */
@Resolver()
export class AccountMailResolver {
  @Authorized()
  @Mutation(() => Boolean, { description: 'Mails the caller a new verification token (valid 48 hours). INVALID_STATE when already verified; RATE_LIMITED when asked too often.' })
  requestEmailVerification(@Ctx() ctx: UsersContext): Promise<boolean> {
    return ctx.services.emailVerification.request(ctx);
  }

  @Mutation(() => User, { description: 'Marks the address of the token\'s user verified. A used, expired or unknown token is BAD_USER_INPUT on `token`.' })
  verifyEmail(@Arg('token', () => String) token: string, @Ctx() ctx: UsersContext): Promise<User> {
    return ctx.services.emailVerification.verify(ctx, token);
  }

  @Mutation(() => Boolean, {
    description: 'Mails a reset token (valid 30 minutes) if an account has this address. Always true, so it reveals no account; RATE_LIMITED when asked too often.',
  })
  requestPasswordReset(@Arg('email', () => String) email: string, @Ctx() ctx: UsersContext): Promise<boolean> {
    return ctx.services.passwordResets.request(ctx, { email });
  }

  @Mutation(() => AuthPayload, {
    description: 'Sets a new password with a mailed reset token, signs out every session of the user and opens a new one. A used, expired or unknown token is BAD_USER_INPUT on `token`.',
  })
  async resetPassword(@Args(() => ResetPasswordArgs) args: ResetPasswordArgs, @Ctx() ctx: UsersContext): Promise<AuthPayload> {
    const payload = await ctx.services.passwordResets.reset(ctx, args);
    ctx.auth.viewer = { id: payload.user.id, role: payload.user.role };
    return payload;
  }
}
