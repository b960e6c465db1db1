import { createLogger, createTokenVerifier, generateJwk } from '@boxoffice/platform';
import { createAccessTokenIssuer } from '../src/services/access-tokens.js';
import { loadSigningKeys } from '../src/services/signing-keys.js';
import { loadUsersSettings } from '../src/settings.js';
import { Role, type User } from '../src/entities/index.js';

const logger = createLogger('test', 'silent');
const user = { id: '7f1d7c36-1d43-4a0b-9a1e-3b8e7d0f4a11', role: Role.CUSTOMER } as User;
const settingsWith = (env: Record<string, string>) => loadUsersSettings({ NODE_ENV: 'test', ...env });

async function tokenSignedWith(privateKeys: unknown[]) {
  const keys = await loadSigningKeys(settingsWith({ JWT_PRIVATE_KEYS: JSON.stringify(privateKeys) }), logger);
  return createAccessTokenIssuer(keys, 'boxoffice', 'boxoffice-api', 60).issue(user);
}

describe('signing key rotation', () => {
  it('keeps tokens of the previous key valid while a new key signs', async () => {
    const [previous, next] = [await generateJwk(), await generateJwk()];
    const oldToken = await tokenSignedWith([previous]);
    const rotated = await loadSigningKeys(settingsWith({ JWT_PRIVATE_KEYS: JSON.stringify([next, previous]) }), logger);
    expect(rotated.kid).toBe(next.kid);
    expect(rotated.jwks.keys.map((key) => key.kid)).toEqual([next.kid, previous.kid]);

    const verify = createTokenVerifier({ issuer: 'boxoffice', audience: 'boxoffice-api', keys: rotated.verificationKeys });
    await expect(verify(oldToken)).resolves.toEqual({ id: user.id, role: 'CUSTOMER' });
    await expect(verify(await tokenSignedWith([next]))).resolves.toEqual({ id: user.id, role: 'CUSTOMER' });
  });

  it('verifies with retired public keys, and stops once they are dropped', async () => {
    const [previous, next] = [await generateJwk(), await generateJwk()];
    const oldToken = await tokenSignedWith([previous]);
    const { d: _private, ...retiredPublic } = previous;
    const withRetired = await loadSigningKeys(
      settingsWith({ JWT_PRIVATE_KEYS: JSON.stringify([next]), JWT_RETIRED_PUBLIC_KEYS: JSON.stringify([retiredPublic]) }),
      logger,
    );
    const verifyWith = (keys: typeof withRetired) => createTokenVerifier({ issuer: 'boxoffice', audience: 'boxoffice-api', keys: keys.verificationKeys });
    await expect(verifyWith(withRetired)(oldToken)).resolves.toMatchObject({ id: user.id });

    const withoutRetired = await loadSigningKeys(settingsWith({ JWT_PRIVATE_KEYS: JSON.stringify([next]) }), logger);
    await expect(verifyWith(withoutRetired)(oldToken)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('refuses to start in production without configured keys', () => {
    expect(() => loadUsersSettings({ NODE_ENV: 'production' })).toThrow(/JWT_PRIVATE_KEYS: required in production/);
  });
});
