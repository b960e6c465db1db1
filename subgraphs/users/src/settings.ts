import { commonEnv, loadConfig } from '@boxoffice/platform';
import { z } from 'zod';

const oidcProvider = z.object({
  issuer: z.url(),
  clientId: z.string().min(1),
  clientSecret: z.string().min(1),
  displayName: z.string().min(1),
});

/** NODE_ENV comes from the common variables: production requires configured keys. */
const usersEnv = commonEnv.pick({ NODE_ENV: true }).extend({
  /** JSON array of private ES256 JWKs, each with a `kid`; the first signs, all verify. */
  JWT_PRIVATE_KEYS: z.string().optional(),
  /** JSON array of retired public JWKs that still verify during a key rotation. */
  JWT_RETIRED_PUBLIC_KEYS: z.string().optional(),
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().positive().default(15 * 60),
  REFRESH_TOKEN_TTL_SECONDS: z.coerce.number().int().positive().default(30 * 24 * 3600),
  /** Login attempts per email from one client address per window (successes give theirs back). */
  LOGIN_ATTEMPTS_PER_EMAIL: z.coerce.number().int().positive().default(5),
  LOGIN_ATTEMPTS_PER_IP: z.coerce.number().int().positive().default(100),
  LOGIN_ATTEMPT_WINDOW_SECONDS: z.coerce.number().int().positive().default(60),
  EMAIL_VERIFICATION_TTL_SECONDS: z.coerce.number().int().positive().default(48 * 3600),
  PASSWORD_RESET_TTL_SECONDS: z.coerce.number().int().positive().default(30 * 60),
  /** Token mails (password reset, verification) per email and per client address per window. */
  ACCOUNT_MAILS_PER_EMAIL: z.coerce.number().int().positive().default(5),
  ACCOUNT_MAILS_PER_IP: z.coerce.number().int().positive().default(50),
  ACCOUNT_MAIL_WINDOW_SECONDS: z.coerce.number().int().positive().default(3600),
  ADMIN_EMAIL: z.email().optional(),
  ADMIN_PASSWORD: z.string().min(8, 'at least 8 characters').optional(),
  ADMIN_NAME: z.string().min(1).default('Administrator'),
  /** OpenID Connect providers by name: `{"<name>": {"issuer", "clientId", "clientSecret", "displayName"}}`. */
  OIDC_PROVIDERS: z
    .string()
    .default('{}')
    .transform((json, check) => {
      try {
        return JSON.parse(json) as unknown;
      } catch {
        check.addIssue({ code: 'custom', message: 'must be a JSON object' });
        return z.NEVER;
      }
    })
    .pipe(z.record(z.string().regex(/^[a-z0-9-]{1,40}$/, 'provider names are lower-case letters, digits and dashes'), oidcProvider)),
});

export type OidcProviderSettings = z.infer<typeof oidcProvider>;

export type UsersSettings = z.infer<typeof usersEnv>;

export function loadUsersSettings(env = process.env): UsersSettings {
  const settings = loadConfig(usersEnv, env);
  if (settings.NODE_ENV === 'production' && !settings.JWT_PRIVATE_KEYS) {
    return loadConfig(usersEnv.refine(() => false, { path: ['JWT_PRIVATE_KEYS'], message: 'required in production' }), env);
  }
  if (settings.NODE_ENV === 'production' && Object.values(settings.OIDC_PROVIDERS).some(({ issuer }) => !issuer.startsWith('https://'))) {
    return loadConfig(usersEnv.refine(() => false, { path: ['OIDC_PROVIDERS'], message: 'issuers must be https:// in production' }), env);
  }
  return settings;
}
