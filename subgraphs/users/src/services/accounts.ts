import type { EntityManager } from '@mikro-orm/postgresql';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { conflict, forbidden, recordEvents, unauthenticated, UserEventTypes, validateInput, type RequestContext } from '@boxoffice/platform';
import { z } from 'zod';
import { AccountTokenPurpose, Role, User } from '../entities/index.js';
import { userEvent } from '../messaging/outgoing.js';
import type { AuthPayload, LoginInput, RegisterInput } from '../types/index.js';
import type { AccessTokenIssuer } from './access-tokens.js';
import type { AccountTokens } from './account-tokens.js';
import { emailAddress, newPassword } from './email-addresses.js';
import type { LoginThrottle } from './login-throttle.js';
import { DUMMY_PASSWORD_HASH, hashPassword, verifyPassword } from './password-hasher.js';
import type { Device, IssuedRefreshToken, RefreshTokens } from './refresh-tokens.js';

const email = emailAddress;
const registration = z.object({
  email,
  password: newPassword,
  name: z.string().trim().min(1, 'is required').max(200),
  role: z.enum(Role).nullish(),
});

/** Registration, login and token rotation: everything that creates or ends a session. */
export class Accounts {
  constructor(
    private readonly accessTokens: AccessTokenIssuer,
    private readonly refreshTokens: RefreshTokens,
    private readonly throttle: LoginThrottle,
    private readonly accountTokens: AccountTokens,
  ) {}

  /** A new account and its session; the welcome mail carries a token to verify the address. */
  async register(ctx: RequestContext, input: RegisterInput): Promise<AuthPayload> {
    const { em } = ctx;
    const valid = validateInput(registration, input);
    if (valid.role === Role.ADMIN) throw forbidden('The ADMIN role cannot be self-assigned');
    const user = em.create(User, {
      email: valid.email,
      name: valid.name,
      role: valid.role ?? Role.CUSTOMER,
      passwordHash: await hashPassword(valid.password),
    });
    try {
      return await em.transactional(async (tx) => {
        tx.persist(user);
        const verification = this.accountTokens.issue(tx, user, AccountTokenPurpose.VERIFY_EMAIL);
        recordEvents(tx, ctx, [userEvent(UserEventTypes.registered, user, { verification })]);
        return this.openSession(tx, user, ctx);
      });
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) throw conflict('This email is already registered');
      throw error;
    }
  }

  async login(ctx: RequestContext, input: LoginInput): Promise<AuthPayload> {
    const { em, clientIp } = ctx;
    const address = email.safeParse(input.email).data ?? input.email;
    await this.throttle.reserve(address, clientIp);
    const user = await em.findOne(User, { email: address }, { populate: ['passwordHash'] });
    // Always run scrypt, so an unknown email answers as slowly as a wrong password.
    const matches = await verifyPassword(input.password, user?.passwordHash ?? DUMMY_PASSWORD_HASH);
    if (!user || !matches) throw unauthenticated('Invalid email or password');
    await this.throttle.succeeded(address, clientIp);
    return em.transactional((tx) => this.openSession(tx, user, ctx));
  }

  async refresh({ em }: RequestContext, refreshToken: string): Promise<AuthPayload> {
    const rotation = await em.transactional((tx) => this.refreshTokens.rotate(tx, refreshToken));
    if ('refused' in rotation) throw unauthenticated(rotation.refused);
    return this.payload(rotation.user, rotation.successor);
  }

  async logout({ em }: RequestContext, refreshToken: string): Promise<boolean> {
    return em.transactional((tx) => this.refreshTokens.revoke(tx, refreshToken));
  }

  /** A new session (refresh-token family) for `user` on the caller's device, through `em`'s transaction. */
  async openSession(em: EntityManager, user: User, device: Device): Promise<AuthPayload> {
    return this.payload(user, this.refreshTokens.open(em, user, device));
  }

  /** Ends every session of `user` but `keep`; call in the transaction of the change that asks for it. */
  endSessions(em: EntityManager, user: User, keep?: string): Promise<void> {
    return this.refreshTokens.revokeAllOf(em, user, keep);
  }

  private async payload(user: User, refreshToken: IssuedRefreshToken): Promise<AuthPayload> {
    return {
      accessToken: await this.accessTokens.issue(user, refreshToken.sessionId),
      refreshToken: refreshToken.token,
      expiresIn: this.accessTokens.ttlSeconds,
      user,
    };
  }
}
