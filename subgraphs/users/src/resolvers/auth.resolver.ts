import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { UsersContext } from '../context.js';
import { AuthPayload, LoginInput, RegisterInput } from '../types/index.js';

@Resolver()
export class AuthResolver {
  @Mutation(() => AuthPayload)
  register(@Arg('input', () => RegisterInput) input: RegisterInput, @Ctx() ctx: UsersContext): Promise<AuthPayload> {
    return ctx.accounts.register(ctx.em, input);
  }

  @Mutation(() => AuthPayload)
  login(@Arg('input', () => LoginInput) input: LoginInput, @Ctx() ctx: UsersContext): Promise<AuthPayload> {
    return ctx.accounts.login(ctx.em, input, ctx.clientIp);
  }

  @Mutation(() => AuthPayload, { description: 'Rotates: the given refresh token is spent; reusing a spent one revokes the whole family.' })
  refreshToken(@Arg('refreshToken', () => String) refreshToken: string, @Ctx() ctx: UsersContext): Promise<AuthPayload> {
    return ctx.accounts.refresh(ctx.em, refreshToken);
  }

  @Mutation(() => Boolean)
  logout(@Arg('refreshToken', () => String) refreshToken: string, @Ctx() ctx: UsersContext): Promise<boolean> {
    return ctx.accounts.logout(ctx.em, refreshToken);
  }
}
