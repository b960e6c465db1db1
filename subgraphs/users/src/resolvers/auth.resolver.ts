import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { UsersContext } from '../context.js';
import { AuthPayload, LoginInput, RegisterInput } from '../types/index.js';

/** From here on the caller is the signed-in user, so the payload shows them their own fields (email). */
function signedIn(ctx: UsersContext, payload: AuthPayload): AuthPayload {
  ctx.auth.viewer = { id: payload.user.id, role: payload.user.role };
  return payload;
}

@Resolver()
export class AuthResolver {
  @Mutation(() => AuthPayload)
  async register(@Arg('input', () => RegisterInput) input: RegisterInput, @Ctx() ctx: UsersContext): Promise<AuthPayload> {
    return signedIn(ctx, await ctx.services.accounts.register(ctx, input));
  }

  @Mutation(() => AuthPayload)
  async login(@Arg('input', () => LoginInput) input: LoginInput, @Ctx() ctx: UsersContext): Promise<AuthPayload> {
    return signedIn(ctx, await ctx.services.accounts.login(ctx, input));
  }

  @Mutation(() => AuthPayload, { description: 'Rotates: the given refresh token is spent; reusing a spent one revokes the whole family.' })
  async refreshToken(@Arg('refreshToken', () => String) refreshToken: string, @Ctx() ctx: UsersContext): Promise<AuthPayload> {
    return signedIn(ctx, await ctx.services.accounts.refresh(ctx, refreshToken));
  }

  @Mutation(() => Boolean)
  logout(@Arg('refreshToken', () => String) refreshToken: string, @Ctx() ctx: UsersContext): Promise<boolean> {
    return ctx.services.accounts.logout(ctx, refreshToken);
  }
}
