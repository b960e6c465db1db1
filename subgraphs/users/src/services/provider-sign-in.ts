import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { conflict, recordEvents, unauthenticated, UserEventTypes, type RequestContext } from '@boxoffice/platform';
import { AccountTokenPurpose, LinkedIdentity, Role, User } from '../entities/index.js';
import { userEvent } from '../messaging/outgoing.js';
import type { UsersContext } from '../context.js';
import type { AuthPayload } from '../types/index.js';
import type { AccountTokens } from './account-tokens.js';
import type { Accounts } from './accounts.js';
import { emailAddress } from './email-addresses.js';
import type { AuthorizationResponse, IdentityProviders, ProviderIdentity } from './identity-providers.js';
import { DUMMY_PASSWORD_HASH } from './password-hasher.js';

const refusedLink = () =>
  conflict('An account with this e-mail address exists; link it by signing in with its password after both sides have verified the address');

/**
 * signInWithProvider: the provider's account signs in as the user it is linked to. A first
 * sign-in links the account with the same e-mail when the provider and boxoffice both verified
 * it (never an unverified one, either side), else creates a CUSTOMER.
 */
export class ProviderSignIn {
  constructor(
    private readonly providers: IdentityProviders,
    private readonly accounts: Accounts,
    private readonly accountTokens: AccountTokens,
  ) {}

  async signIn(ctx: RequestContext, provider: string, response: AuthorizationResponse): Promise<AuthPayload> {
    const identity = await this.providers.redeem(provider, response);
    try {
      return await ctx.em.transactional(async (tx) => this.accounts.openSession(tx, await this.userFor(tx, ctx, provider, identity), ctx));
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) throw refusedLink();
      throw error;
    }
  }

  /** The names of the providers linked to `user`; for `User.linkedProviders`, one query for every user of a request. */
  async linkedProviders(ctx: UsersContext, user: User): Promise<string[]> {
    const links = await ctx.loaders.linkedIdentities.load(user.id);
    return links.map((link) => link.provider);
  }

  private async userFor(tx: EntityManager, ctx: RequestContext, provider: string, identity: ProviderIdentity): Promise<User> {
    const linked = await tx.findOne(LinkedIdentity, { provider, subject: identity.subject }, { populate: ['user'] });
    if (linked) return linked.user;
    const email = emailAddress.safeParse(identity.email).data;
    if (!email) throw unauthenticated('The identity provider shared no usable e-mail address');
    const existing = await tx.findOne(User, { email });
    if (existing && !(identity.emailVerified && existing.emailVerified)) throw refusedLink();
    const user = existing ?? this.newCustomer(tx, ctx, email, identity);
    tx.persist(tx.create(LinkedIdentity, { provider, subject: identity.subject, user }));
    return user;
  }

  /** A CUSTOMER without a password (it may set one by password reset), welcomed like any other. */
  private newCustomer(tx: EntityManager, ctx: RequestContext, email: string, identity: ProviderIdentity): User {
    const name = identity.name?.trim().slice(0, 200) || email.split('@')[0]!;
    const user = tx.create(User, { email, name, role: Role.CUSTOMER, emailVerified: identity.emailVerified, passwordHash: DUMMY_PASSWORD_HASH });
    tx.persist(user);
    const verification = identity.emailVerified ? undefined : this.accountTokens.issue(tx, user, AccountTokenPurpose.VERIFY_EMAIL);
    recordEvents(tx, ctx, [userEvent(UserEventTypes.registered, user, verification ? { verification } : {})]);
    return user;
  }
}
