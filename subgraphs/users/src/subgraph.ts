import type { SubgraphDefinition } from '@boxoffice/platform';
import { createUsersLoaders, type UsersLoaders, type UsersServices } from './context.js';
import { RefreshToken, User } from './entities/index.js';
import { migrations } from './migrations/index.js';
import { buildUsersSchema } from './schema.js';
import { createAccessTokenIssuer } from './services/access-tokens.js';
import { Accounts } from './services/accounts.js';
import { ensureAdmin } from './services/admin-seed.js';
import { LoginThrottle } from './services/login-throttle.js';
import { RefreshTokens } from './services/refresh-tokens.js';
import { UserRoles } from './services/user-roles.js';
import { loadSigningKeys } from './services/signing-keys.js';
import { loadUsersSettings } from './settings.js';

export const usersSubgraph: SubgraphDefinition<UsersServices, UsersLoaders> = {
  name: 'users',
  entities: [User, RefreshToken],
  migrations,
  usesRedis: true,
  buildSchema: buildUsersSchema,
  async wire({ config, logger, orm, redis }) {
    const settings = loadUsersSettings();
    const keys = await loadSigningKeys(settings, logger);
    const accounts = new Accounts(
      createAccessTokenIssuer(keys, config.JWT_ISSUER, config.JWT_AUDIENCE, settings.ACCESS_TOKEN_TTL_SECONDS),
      new RefreshTokens(settings.REFRESH_TOKEN_TTL_SECONDS),
      new LoginThrottle(redis!, {
        perEmailAndAddress: settings.LOGIN_ATTEMPTS_PER_EMAIL,
        perAddress: settings.LOGIN_ATTEMPTS_PER_IP,
        windowSeconds: settings.LOGIN_ATTEMPT_WINDOW_SECONDS,
      }),
    );
    await ensureAdmin(orm.em.fork(), settings, logger);
    return {
      services: { accounts, roles: new UserRoles() },
      loaders: createUsersLoaders,
      verificationKeys: keys.verificationKeys,
      routes(app) {
        app.get('/.well-known/jwks.json', (_req, res) => {
          res.set('cache-control', 'public, max-age=300').json(keys.jwks);
        });
      },
    };
  },
};
