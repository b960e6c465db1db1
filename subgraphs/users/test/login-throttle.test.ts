import { randomUUID } from 'node:crypto';
import { errorCode, gql, registerUser } from '../../../test/support/index.js';

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`;
/** A client address of its own per test, passed as a load balancer would. */
const fromAddress = () => ({ 'x-forwarded-for': `198.51.100.${Math.floor(Math.random() * 250) + 1}, 10.0.0.${Math.floor(Math.random() * 250)}` });
const randomIp = () => `203.0.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250) + 1}`;

describe('login throttling', () => {
  it('limits failed attempts per email, then refuses even the right password with RATE_LIMITED', async () => {
    const user = await registerUser();
    const headers = fromAddress();
    for (let attempt = 0; attempt < 5; attempt++) {
      const result = await gql(LOGIN, { input: { email: user.email, password: 'wrong password' } }, undefined, headers);
      expect(errorCode(result)).toBe('UNAUTHENTICATED');
    }
    const limited = await gql(LOGIN, { input: { email: user.email, password: user.password } }, undefined, headers);
    expect(errorCode(limited)).toBe('RATE_LIMITED');
    expect(limited.errors![0]!.extensions!.retryAfterSeconds).toBeGreaterThan(0);
  });

  it('limits failed attempts per client address across emails', async () => {
    const headers = { 'x-forwarded-for': randomIp() };
    // The test stack allows 30 failed attempts per address (LOGIN_ATTEMPTS_PER_IP).
    for (let attempt = 0; attempt < 30; attempt++) {
      const result = await gql(LOGIN, { input: { email: `${randomUUID()}@example.test`, password: 'wrong password' } }, undefined, headers);
      expect(errorCode(result)).toBe('UNAUTHENTICATED');
    }
    const user = await registerUser();
    const limited = await gql(LOGIN, { input: { email: user.email, password: user.password } }, undefined, headers);
    expect(errorCode(limited)).toBe('RATE_LIMITED');
    // Another address is not affected.
    const elsewhere = await gql(LOGIN, { input: { email: user.email, password: user.password } }, undefined, { 'x-forwarded-for': randomIp() });
    expect(elsewhere.data?.login.accessToken).toEqual(expect.any(String));
  });
});
