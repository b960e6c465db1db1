import { ownsOrAdmin } from '@boxoffice/platform';
import { Args, Ctx, Directive, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { UsersContext } from '../context.js';
import { User } from '../entities/index.js';
import { AuthPayload, IdentityProvider, SignInWithProviderArgs } from '../types/index.js';

@Resolver(() => User)
export class IdentityProviderResolver {
  @Query(() => [IdentityProvider], { description: 'The OpenID Connect providers one may sign in with.' })
  identityProviders(@Ctx() ctx: UsersContext): IdentityProvider[] {
    return ctx.services.identityProviders.list().map(({ name, displayName, issuer, clientId }) => ({ name, displayName, issuer, clientId }));
  }

  @Mutation(() => AuthPayload, {
    description:
      'Redeems an authorization code of a provider. A first sign-in links the account with the same e-mail when both sides verified it (CONFLICT otherwise), or creates a CUSTOMER. A code the provider does not confirm (reused, another client\'s, a wrong verifier) is UNAUTHENTICATED; an unknown provider BAD_USER_INPUT.',
  })
  async signInWithProvider(@Args(() => SignInWithProviderArgs) args: SignInWithProviderArgs, @Ctx() ctx: UsersContext): Promise<AuthPayload> {
    const payload = await ctx.services.providerSignIn.signIn(ctx, args.provider, args);
    ctx.auth.viewer = { id: payload.user.id, role: payload.user.role };
    return payload;
  }

  @Directive('@authenticated')
  @FieldResolver(() => [String], { nullable: true, description: 'The identity providers linked to the account. Visible to the user themself and to admins; null for anyone else.' })
  linkedProviders(@Root() user: User, @Ctx() ctx: UsersContext): Promise<string[]> | null {
    return ownsOrAdmin(ctx.auth.viewer, user.id) ? ctx.services.providerSignIn.linkedProviders(ctx, user) : null;
  }
}
