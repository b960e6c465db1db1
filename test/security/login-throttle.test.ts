import { randomUUID } from 'node:crypto';
import { errorCode, gql, registerUser } from '../support/index.js';

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`;
/** A client address of its own, passed as a load balancer would (the test gateway trusts loopback). */
const fromAddress = () => ({ 'x-forwarded-for': `198.18.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250) + 1}` });

describe('login throttling', () => {
  it('counts before it checks: 16 parallel wrong guesses check the password only 5 times', async () => {
    const user = await registerUser();
    const headers = fromAddress();
    const results = await Promise.all(
      Array.from({ length: 16 }, () => gql(LOGIN, { input: { email: user.email, password: 'wrong password' } }, undefined, headers)),
    );
    const codes = results.map(errorCode);
    expect(codes.filter((code) => code === 'UNAUTHENTICATED')).toHaveLength(5);
    expect(codes.filter((code) => code === 'RATE_LIMITED')).toHaveLength(11);
  });

  it('cannot lock a victim out: failures from one address leave the victim’s own address alone', async () => {
    const victim = await registerUser();
    const attacker = fromAddress();
    for (let attempt = 0; attempt < 6; attempt++) await gql(LOGIN, { input: { email: victim.email, password: 'wrong password' } }, undefined, attacker);
    expect(errorCode(await gql(LOGIN, { input: { email: victim.email, password: victim.password } }, undefined, attacker))).toBe('RATE_LIMITED');

    const own = await gql(LOGIN, { input: { email: victim.email, password: victim.password } }, undefined, fromAddress());
    expect(own.errors).toBeUndefined();
    expect(own.data?.login.accessToken).toEqual(expect.any(String));
  });

  it('gives a successful login its attempt back', async () => {
    const user = await registerUser();
    const headers = fromAddress();
    for (let round = 0; round < 3; round++) {
      for (let attempt = 0; attempt < 4; attempt++) await gql(LOGIN, { input: { email: user.email, password: 'wrong password' } }, undefined, headers);
      const success = await gql(LOGIN, { input: { email: user.email, password: user.password } }, undefined, headers);
      expect(success.errors).toBeUndefined();
    }
  });

  it('limits any address, however many emails it tries', async () => {
    const headers = fromAddress();
    const codes: Array<string | undefined> = [];
    for (let attempt = 0; attempt < 31; attempt++) {
      codes.push(errorCode(await gql(LOGIN, { input: { email: `${randomUUID()}@example.test`, password: 'wrong password' } }, undefined, headers)));
    }
    expect(codes.slice(0, 30).every((code) => code === 'UNAUTHENTICATED')).toBe(true);
    expect(codes[30]).toBe('RATE_LIMITED');
  });
});
