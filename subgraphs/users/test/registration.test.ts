import { randomUUID } from 'node:crypto';
import { errorCode, gql, gqlOk } from '../../../test/support/index.js';

const REGISTER = `mutation($input: RegisterInput!) {
  register(input: $input) { accessToken refreshToken expiresIn user { id name role email createdAt } }
}`;
const uniqueEmail = () => `${randomUUID()}@example.test`;
const register = (input: Record<string, unknown>) => gql(REGISTER, { input: { password: 'long enough', name: 'Ada', ...input } });

describe('register', () => {
  it('normalises the email, defaults to CUSTOMER and returns a working session', async () => {
    const email = uniqueEmail();
    const data = await gqlOk(REGISTER, { input: { email: `  ${email.toUpperCase()} `, password: 'long enough', name: ' Ada ' } });
    expect(data.register.user).toMatchObject({ email, name: 'Ada', role: 'CUSTOMER' });
    expect(data.register.expiresIn).toBe(900);
    expect(data.register.refreshToken).toEqual(expect.any(String));
    const me = await gqlOk(`{ me { id email } }`, {}, data.register.accessToken);
    expect(me.me).toEqual({ id: data.register.user.id, email });
  });

  it('lets organizers register as ORGANIZER', async () => {
    const result = await register({ email: uniqueEmail(), role: 'ORGANIZER' });
    expect(result.data?.register.user.role).toBe('ORGANIZER');
  });

  it('refuses a second account for the same email, whatever its case', async () => {
    const email = uniqueEmail();
    await gqlOk(REGISTER, { input: { email, password: 'long enough', name: 'First' } });
    const again = await register({ email: email.toUpperCase() });
    expect(errorCode(again)).toBe('CONFLICT');
  });

  it('never lets anyone self-assign ADMIN', async () => {
    expect(errorCode(await register({ email: uniqueEmail(), role: 'ADMIN' }))).toBe('FORBIDDEN');
  });

  it.each([
    [{ password: 'short' }, ['password']],
    [{ name: '   ' }, ['name']],
    [{ email: 'not-an-email' }, ['email']],
    [{ email: 'nope', password: '1234567', name: '' }, ['email', 'password', 'name']],
  ])('rejects %j with BAD_USER_INPUT naming the fields', async (input, fields) => {
    const result = await register({ email: uniqueEmail(), ...input });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect([...(result.errors![0]!.extensions!.fields as string[])].sort()).toEqual([...fields].sort());
  });
});
