import type { SubgraphDefinition } from '@boxoffice/platform';
import { createUsersLoaders, type UsersLoaders, type UsersServices } from './context.js';
import { AccountToken, AccountTokenPurpose, AuditEntry, DeviceSession, LinkedIdentity, RefreshToken, User } from './entities/index.js';
import { usersProjection } from './messaging/incoming/index.js';
import { migrations } from './migrations/index.js';
import { buildUsersSchema } from './schema.js';
import { createAccessTokenIssuer } from './services/access-tokens.js';
import { AccountMailThrottle } from './services/account-mail-throttle.js';
import { AccountTokens } from './services/account-tokens.js';
import { AccountDeletion } from './services/account-deletion.js';
import { Accounts } from './services/accounts.js';
import { AuditLog } from './services/audit-log.js';
import { DeviceSessions } from './services/device-sessions.js';
import { PasswordChanges } from './services/password-changes.js';
import { Profiles } from './services/profiles.js';
import { IdentityProviders } from './services/identity-providers.js';
import { ProviderSignIn } from './services/provider-sign-in.js';
import { EmailVerification } from './services/email-verification.js';
import { PasswordResets } from './services/password-resets.js';
import { ensureAdmin } from './services/admin-seed.js';
import { LoginThrottle } from './services/login-throttle.js';
import { RefreshTokens } from './services/refresh-tokens.js';
import { UserDirectory } from './services/user-directory.js';
import { UserRoles } from './services/user-roles.js';
import { loadSigningKeys } from './services/signing-keys.js';
import { loadUsersSettings } from './settings.js';

export const usersSubgraph: SubgraphDefinition<UsersServices, UsersLoaders> = {
  name: 'users',
  entities: [User, RefreshToken, AccountToken, DeviceSession, AuditEntry, LinkedIdentity],
  migrations,
  usesRedis: true,
  buildSchema: buildUsersSchema,
  async wire({ config, logger, orm, redis }) {
    const settings = loadUsersSettings();
    const keys = await loadSigningKeys(settings, logger);
    const accountTokens = new AccountTokens({
      [AccountTokenPurpose.VERIFY_EMAIL]: settings.EMAIL_VERIFICATION_TTL_SECONDS,
      [AccountTokenPurpose.RESET_PASSWORD]: settings.PASSWORD_RESET_TTL_SECONDS,
    });
    const mailThrottle = new AccountMailThrottle(redis!, {
      perEmail: settings.ACCOUNT_MAILS_PER_EMAIL,
      perAddress: settings.ACCOUNT_MAILS_PER_IP,
      windowSeconds: settings.ACCOUNT_MAIL_WINDOW_SECONDS,
    });
    const refreshTokens = new RefreshTokens(settings.REFRESH_TOKEN_TTL_SECONDS);
    const loginThrottle = new LoginThrottle(redis!, {
      perEmailAndAddress: settings.LOGIN_ATTEMPTS_PER_EMAIL,
      perAddress: settings.LOGIN_ATTEMPTS_PER_IP,
      windowSeconds: settings.LOGIN_ATTEMPT_WINDOW_SECONDS,
    });
    const accounts = new Accounts(
      createAccessTokenIssuer(keys, config.JWT_ISSUER, config.JWT_AUDIENCE, settings.ACCESS_TOKEN_TTL_SECONDS),
      refreshTokens,
      loginThrottle,
      accountTokens,
    );
    await ensureAdmin(orm.em.fork(), settings, logger);
    const identityProviders = new IdentityProviders(settings.OIDC_PROVIDERS, settings.NODE_ENV !== 'production', logger);
    const services: UsersServices = {
      accounts,
      roles: new UserRoles(),
      directory: new UserDirectory(),
      emailVerification: new EmailVerification(accountTokens, mailThrottle),
      passwordResets: new PasswordResets(accountTokens, mailThrottle, accounts),
      profiles: new Profiles(),
      passwordChanges: new PasswordChanges(accounts, loginThrottle),
      deviceSessions: new DeviceSessions(refreshTokens),
      auditLog: new AuditLog(),
      accountDeletion: new AccountDeletion(loginThrottle),
      identityProviders,
      providerSignIn: new ProviderSignIn(identityProviders, accounts, accountTokens),
    };
    return {
      services,
      loaders: createUsersLoaders,
      projection: usersProjection(services),
      verificationKeys: keys.verificationKeys,
      routes(app) {
        app.get('/.well-known/jwks.json', (_req, res) => {
          res.set('cache-control', 'public, max-age=300').json(keys.jwks);
        });
      },
    };
  },
};
