import { importJWK, type JSONWebKeySet, type JWK, createLocalJWKSet, type JWTVerifyGetKey } from 'jose';
import { ACCESS_TOKEN_ALGORITHM, generateJwk, type Logger } from '@boxoffice/platform';
import type { UsersSettings } from '../settings.js';

export interface SigningKeys {
  kid: string;
  privateKey: Awaited<ReturnType<typeof importJWK>>;
  /** Public keys of every key that still verifies, signing key first. */
  jwks: JSONWebKeySet;
  verificationKeys: JWTVerifyGetKey;
}

/**
 * Loads the ES256 keys from JWT_PRIVATE_KEYS (+ retired public keys); outside production, with
 * none configured, generates an ephemeral key so a fresh checkout runs without setup.
 */
export async function loadSigningKeys(settings: UsersSettings, logger: Logger): Promise<SigningKeys> {
  const privateJwks = settings.JWT_PRIVATE_KEYS ? parseKeys(settings.JWT_PRIVATE_KEYS, 'JWT_PRIVATE_KEYS') : [await generateJwk()];
  if (!settings.JWT_PRIVATE_KEYS) logger.warn('JWT_PRIVATE_KEYS not set: signing with an ephemeral key (tokens die with this process)');
  const retired = settings.JWT_RETIRED_PUBLIC_KEYS ? parseKeys(settings.JWT_RETIRED_PUBLIC_KEYS, 'JWT_RETIRED_PUBLIC_KEYS') : [];
  const signing = privateJwks[0]!;
  const publicKeys = [...privateJwks, ...retired].map(({ kty, crv, x, y, kid }) => ({ kty, crv, x, y, kid, alg: ACCESS_TOKEN_ALGORITHM, use: 'sig' }));
  const jwks = { keys: publicKeys };
  return {
    kid: signing.kid!,
    privateKey: await importJWK(signing, ACCESS_TOKEN_ALGORITHM),
    jwks,
    verificationKeys: createLocalJWKSet(jwks),
  };
}

function parseKeys(json: string, variable: string): JWK[] {
  const keys = JSON.parse(json) as JWK[];
  if (!Array.isArray(keys) || keys.length === 0 || keys.some((key) => !key.kid || key.crv !== 'P-256')) {
    throw new Error(`${variable} must be a JSON array of P-256 JWKs, each with a kid`);
  }
  return keys;
}
