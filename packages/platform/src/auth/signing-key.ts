import { randomUUID } from 'node:crypto';
import { exportJWK, generateKeyPair, type JWK } from 'jose';
import { ACCESS_TOKEN_ALGORITHM } from './token-verifier.js';

/** A new private ES256 JWK with a random kid: the users subgraph's ephemeral key, and dev and test stacks' JWT_PRIVATE_KEYS. */
export async function generateJwk(): Promise<JWK> {
  const { privateKey } = await generateKeyPair(ACCESS_TOKEN_ALGORITHM, { extractable: true });
  return { ...(await exportJWK(privateKey)), kid: randomUUID(), alg: ACCESS_TOKEN_ALGORITHM };
}
