import * as oidc from 'openid-client';
import { badUserInput, unauthenticated, type Logger } from '@boxoffice/platform';
import type { OidcProviderSettings } from '../settings.js';

/** Who the provider says signed in, from its verified ID token. */
export interface ProviderIdentity {
  subject: string;
  email?: string;
  emailVerified: boolean;
  name?: string;
}

export interface AuthorizationResponse {
  code: string;
  codeVerifier: string;
  redirectUri: string;
}

/**
 * The OpenID Connect providers of OIDC_PROVIDERS, through openid-client. Each provider's
 * metadata is discovered on first use and kept (a failed discovery is tried again next time),
 * so a provider that is down at start-up stops nobody.
 */
export class IdentityProviders {
  private readonly configurations = new Map<string, Promise<oidc.Configuration>>();

  constructor(
    private readonly providers: Record<string, OidcProviderSettings>,
    private readonly allowPlainHttp: boolean,
    private readonly logger: Logger,
  ) {}

  list(): Array<OidcProviderSettings & { name: string }> {
    return Object.entries(this.providers).map(([name, provider]) => ({ name, ...provider }));
  }

  /**
   * Redeems an authorization code (with its PKCE verifier, at the provider's token endpoint) and
   * validates the ID token (signature, issuer, audience, expiry). Every refusal is UNAUTHENTICATED.
   */
  async redeem(name: string, { code, codeVerifier, redirectUri }: AuthorizationResponse): Promise<ProviderIdentity> {
    const callback = URL.canParse(redirectUri) ? new URL(redirectUri) : undefined;
    if (!callback || callback.search || callback.hash) throw badUserInput([{ field: 'redirectUri', message: 'must be an absolute URL without query or fragment' }]);
    const config = await this.configuration(name);
    callback.searchParams.set('code', code);
    // The client names the provider; the issuer it answered for is that provider's (RFC 9207).
    if (config.serverMetadata().authorization_response_iss_parameter_supported) callback.searchParams.set('iss', config.serverMetadata().issuer);
    try {
      const tokens = await oidc.authorizationCodeGrant(config, callback, { pkceCodeVerifier: codeVerifier, idTokenExpected: true });
      const claims = tokens.claims()!;
      return {
        subject: claims.sub,
        email: typeof claims.email === 'string' ? claims.email : undefined,
        emailVerified: claims.email_verified === true,
        name: typeof claims.name === 'string' ? claims.name : undefined,
      };
    } catch (err) {
      this.logger.info({ err, provider: name }, 'identity provider refused a sign-in');
      throw unauthenticated('The identity provider did not confirm this sign-in');
    }
  }

  private configuration(name: string): Promise<oidc.Configuration> {
    const provider = Object.hasOwn(this.providers, name) ? this.providers[name] : undefined;
    if (!provider) throw badUserInput([{ field: 'provider', message: 'is not a configured identity provider' }]);
    let configuration = this.configurations.get(name);
    if (!configuration) {
      const options = this.allowPlainHttp ? { execute: [oidc.allowInsecureRequests] } : undefined;
      configuration = oidc.discovery(new URL(provider.issuer), provider.clientId, undefined, oidc.ClientSecretBasic(provider.clientSecret), options);
      configuration.catch((err: unknown) => {
        this.configurations.delete(name);
        this.logger.warn({ err, provider: name }, 'identity provider discovery failed');
      });
      this.configurations.set(name, configuration);
    }
    return configuration.catch(() => {
      throw unauthenticated('The identity provider could not be reached; try again later');
    });
  }
}
