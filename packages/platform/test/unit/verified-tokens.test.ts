import { jest } from '@jest/globals';
import { VerifiedTokens } from '../../src/auth/verified-tokens.js';

const viewer = { id: '6a1f1c2e-0000-4000-8000-000000000001', role: 'CUSTOMER' as const };

describe('VerifiedTokens', () => {
  afterEach(() => jest.useRealTimers());

  it('remembers a verified token for a minute at most', () => {
    jest.useFakeTimers({ now: 1_000_000 });
    const tokens = new VerifiedTokens();
    tokens.set('t', viewer, 1_000_000 / 1000 + 900);
    expect(tokens.get('t')).toEqual(viewer);
    jest.setSystemTime(1_000_000 + 59_000);
    expect(tokens.get('t')).toEqual(viewer);
    jest.setSystemTime(1_000_000 + 60_000);
    expect(tokens.get('t')).toBeUndefined();
  });

  it("never past the token's own expiry", () => {
    jest.useFakeTimers({ now: 1_000_000 });
    const tokens = new VerifiedTokens();
    tokens.set('t', viewer, 1_000_000 / 1000 + 5);
    jest.setSystemTime(1_000_000 + 5_000);
    expect(tokens.get('t')).toBeUndefined();
    expect(tokens.get('unknown')).toBeUndefined();
  });
});
