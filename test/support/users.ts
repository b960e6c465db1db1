import { randomUUID } from 'node:crypto';
import { gqlOk } from './client.js';
import { stackUrls } from './stack-env.js';

export interface TestUser {
  id: string;
  email: string;
  password: string;
  name: string;
  role: string;
  token: string;
  refreshToken: string;
}

/** Registers a fresh user with a unique email (at `domain`) through the gateway. */
export async function registerUser(
  role: 'CUSTOMER' | 'ORGANIZER' = 'CUSTOMER',
  name = `${role.toLowerCase()} ${randomUUID().slice(0, 8)}`,
  domain = 'example.test',
): Promise<TestUser> {
  const email = `${randomUUID()}@${domain}`;
  const password = 'correct horse battery';
  const data = await gqlOk(
    `mutation($input: RegisterInput!) { register(input: $input) { accessToken refreshToken user { id role } } }`,
    { input: { email, password, name, role } },
  );
  const { accessToken, refreshToken, user } = data.register;
  return { id: user.id, email, password, name, role: user.role, token: accessToken, refreshToken };
}

/** Logs in as the admin the test stack seeds from ADMIN_EMAIL/ADMIN_PASSWORD. */
export async function loginAdmin(): Promise<TestUser> {
  const { adminEmail: email, adminPassword: password } = stackUrls();
  const data = await gqlOk(
    `mutation($input: LoginInput!) { login(input: $input) { accessToken refreshToken user { id role name } } }`,
    { input: { email, password } },
  );
  const { accessToken, refreshToken, user } = data.login;
  return { id: user.id, email, password, name: user.name, role: user.role, token: accessToken, refreshToken };
}

/** The people most tests need: two organizers, a customer and the admin. */
export async function registerCast(): Promise<Record<'organizer' | 'otherOrganizer' | 'customer' | 'admin', TestUser>> {
  const [organizer, otherOrganizer, customer, admin] = await Promise.all([
    registerUser('ORGANIZER'),
    registerUser('ORGANIZER'),
    registerUser('CUSTOMER'),
    loginAdmin(),
  ]);
  return { organizer, otherOrganizer, customer, admin };
}
