import { loadUsersSettings } from '../../src/settings.js';

const provider = (issuer: string) => ({ issuer, clientId: 'boxoffice', clientSecret: 'secret', displayName: 'Local ID' });
const env = (NODE_ENV: string, issuer: string) => ({ NODE_ENV, JWT_PRIVATE_KEYS: '[]', OIDC_PROVIDERS: JSON.stringify({ local: provider(issuer) }) });

describe('OIDC_PROVIDERS', () => {
  it('refuses a plain-http issuer in production', () => {
    expect(() => loadUsersSettings(env('production', 'http://127.0.0.1:5140'))).toThrow(/OIDC_PROVIDERS: issuers must be https:\/\/ in production/);
  });

  it('takes an https issuer in production', () => {
    expect(loadUsersSettings(env('production', 'https://id.example.com')).OIDC_PROVIDERS).toEqual({ local: provider('https://id.example.com') });
  });

  it('takes a plain-http issuer outside production, for local providers', () => {
    for (const NODE_ENV of ['development', 'test']) {
      expect(loadUsersSettings(env(NODE_ENV, 'http://127.0.0.1:5140')).OIDC_PROVIDERS.local?.issuer).toBe('http://127.0.0.1:5140');
    }
  });
});
