import { randomUUID } from 'node:crypto';
import { exportJWK, generateKeyPair } from 'jose';

/** A fresh ES256 private JWK set for JWT_PRIVATE_KEYS, so a local stack never needs a committed key. */
export async function generateSigningKeys(): Promise<string> {
  const { privateKey } = await generateKeyPair('ES256', { extractable: true });
  return JSON.stringify([{ ...(await exportJWK(privateKey)), kid: randomUUID(), alg: 'ES256' }]);
}
