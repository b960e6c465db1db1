import { randomInt, randomUUID } from 'node:crypto';
import { awaitMails, gql, pendingBooking, registerUser, tokenIn } from '../support/index.js';
import type { Actors, MatrixRow } from './matrix.js';
import { ownersEvent } from './matrix-event.js';
import { providerCode } from '../support/identity-provider.js';

const USER = `id name role email`;
const as = (caller: { token: string } | undefined) => caller?.token;
const LOGIN = `mutation($i: LoginInput!) { login(input: $i) { accessToken refreshToken } }`;

/**
 * A login of the owner from an address of its own. The matrix plays its cases eight at a time,
 * and the login throttle counts attempts per (email, address) before it checks them
 * (test/security/login-throttle.test.ts tests that); here it would refuse the owner's sixth.
 */
const ownerLogin = (actors: Actors, token?: string) =>
  gql(LOGIN, { i: { email: actors.owner.email, password: actors.owner.password } }, token, {
    'x-forwarded-for': `198.19.${randomInt(256)}.${randomInt(1, 255)}`,
  });

/** A new session of the owner, so each call spends its own refresh token. */
async function freshRefreshToken(actors: Actors): Promise<string> {
  return (await ownerLogin(actors)).data!.login.refreshToken;
}

export const rows: MatrixRow[] = [
  {
    operation: 'Query.me',
    run: (caller) => gql(`{ me { ${USER} } }`, {}, as(caller)),
    expected: { anonymous: 'null', customer: 'ok', owner: 'ok', otherOrganizer: 'ok', admin: 'ok' },
  },
  {
    operation: 'Query.user (the owner)',
    run: (caller, actors) => gql(`query($id: ID!) { user(id: $id) { ${USER} } }`, { id: actors.owner.id }, as(caller)),
    expected: { anonymous: 'UNAUTHENTICATED', customer: 'FORBIDDEN', owner: 'ok', otherOrganizer: 'FORBIDDEN', admin: 'ok' },
  },
  {
    operation: 'Query.users',
    run: (caller) => gql(`{ users(first: 5) { totalCount nodes { id } } }`, {}, as(caller)),
    expected: { anonymous: 'UNAUTHENTICATED', customer: 'FORBIDDEN', owner: 'FORBIDDEN', otherOrganizer: 'FORBIDDEN', admin: 'ok' },
  },
  {
    operation: 'Mutation.changeRole',
    run: async (caller) => {
      const target = (await gql(`mutation($i: RegisterInput!) { register(input: $i) { user { id } } }`, {
        i: { email: `${randomUUID()}@example.test`, password: 'long enough', name: 'Target' },
      })).data!.register.user.id;
      return gql(`mutation($id: ID!) { changeRole(userId: $id, role: ORGANIZER) { id role } }`, { id: target }, as(caller));
    },
    expected: { anonymous: 'UNAUTHENTICATED', customer: 'FORBIDDEN', owner: 'FORBIDDEN', otherOrganizer: 'FORBIDDEN', admin: 'ok' },
  },
  {
    operation: 'Mutation.register (ADMIN role)',
    run: (caller) =>
      gql(`mutation($i: RegisterInput!) { register(input: $i) { accessToken } }`, {
        i: { email: `${randomUUID()}@example.test`, password: 'long enough', name: 'Would-be admin', role: 'ADMIN' },
      }, as(caller)),
    expected: { anonymous: 'FORBIDDEN', customer: 'FORBIDDEN', owner: 'FORBIDDEN', otherOrganizer: 'FORBIDDEN', admin: 'FORBIDDEN' },
  },
  {
    operation: 'Mutation.register',
    run: (caller) =>
      gql(`mutation($i: RegisterInput!) { register(input: $i) { accessToken } }`, {
        i: { email: `${randomUUID()}@example.test`, password: 'long enough', name: 'Newcomer' },
      }, as(caller)),
    expected: { anonymous: 'ok', customer: 'ok', owner: 'ok', otherOrganizer: 'ok', admin: 'ok' },
  },
  {
    operation: 'Mutation.login',
    run: (caller, actors) => ownerLogin(actors, as(caller)),
    expected: { anonymous: 'ok', customer: 'ok', owner: 'ok', otherOrganizer: 'ok', admin: 'ok' },
  },
  {
    operation: 'Mutation.refreshToken',
    run: async (caller, actors) =>
      gql(`mutation($t: String!) { refreshToken(refreshToken: $t) { accessToken } }`, { t: await freshRefreshToken(actors) }, as(caller)),
    expected: { anonymous: 'ok', customer: 'ok', owner: 'ok', otherOrganizer: 'ok', admin: 'ok' },
  },
  {
    operation: 'Mutation.logout',
    run: async (caller, actors) => gql(`mutation($t: String!) { logout(refreshToken: $t) }`, { t: await freshRefreshToken(actors) }, as(caller)),
    // The refresh token itself is the credential: whoever holds it may end its session.
    select: (data) => (data?.logout === true ? true : null),
    expected: { anonymous: 'ok', customer: 'ok', owner: 'ok', otherOrganizer: 'ok', admin: 'ok' },
  },
  {
    operation: 'User.email (through user)',
    run: (caller, actors) => gql(`query($id: ID!) { user(id: $id) { email } }`, { id: actors.owner.id }, as(caller)),
    select: (data) => data?.user?.email,
    expected: { anonymous: 'UNAUTHENTICATED', customer: 'FORBIDDEN', owner: 'ok', otherOrganizer: 'FORBIDDEN', admin: 'ok' },
  },
  {
    operation: 'User.email (through Event.organizer, another subgraph)',
    run: async (caller, actors) => {
      const { id } = await ownersEvent(actors);
      return gql(`query($id: ID!) { event(id: $id) { organizer { id email } } }`, { id }, as(caller));
    },
    select: (data) => data?.event?.organizer?.email,
    expected: { anonymous: 'null', customer: 'null', owner: 'ok', otherOrganizer: 'null', admin: 'ok' },
  },
  {
    operation: 'Mutation.requestEmailVerification',
    run: (caller) => gql(`mutation { requestEmailVerification }`, {}, as(caller)),
    expected: { anonymous: 'UNAUTHENTICATED', customer: 'ok', owner: 'ok', otherOrganizer: 'ok', admin: 'ok' },
  },
  {
    operation: 'Mutation.verifyEmail (a fresh user\'s mailed token)',
    run: async (caller) => {
      const user = await registerUser();
      const [welcome] = await awaitMails(user.email, /^Welcome/);
      return gql(`mutation($t: String!) { verifyEmail(token: $t) { id } }`, { t: tokenIn(welcome!) }, as(caller));
    },
    // The token is the credential: whoever holds it proves the address.
    expected: { anonymous: 'ok', customer: 'ok', owner: 'ok', otherOrganizer: 'ok', admin: 'ok' },
  },
  {
    operation: 'Mutation.requestPasswordReset',
    run: (caller) => gql(`mutation($e: String!) { requestPasswordReset(email: $e) }`, { e: `${randomUUID()}@example.test` }, as(caller)),
    expected: { anonymous: 'ok', customer: 'ok', owner: 'ok', otherOrganizer: 'ok', admin: 'ok' },
  },
  {
    operation: 'Mutation.resetPassword (a fresh user\'s mailed token)',
    run: async (caller) => {
      const user = await registerUser();
      await gql(`mutation($e: String!) { requestPasswordReset(email: $e) }`, { e: user.email });
      const [mail] = await awaitMails(user.email, /^Reset your password/);
      return gql(`mutation($t: String!) { resetPassword(token: $t, newPassword: "a new long secret") { accessToken } }`, { t: tokenIn(mail!) }, as(caller));
    },
    expected: { anonymous: 'ok', customer: 'ok', owner: 'ok', otherOrganizer: 'ok', admin: 'ok' },
  },
  {
    operation: "User.emailVerified (the customer's, through their booking)",
    run: async (caller, actors) => {
      const booking = await pendingBooking(actors.customer, await ownersEvent(actors));
      return gql(`query($id: ID!) { booking(id: $id) { user { emailVerified } } }`, { id: booking.id }, as(caller));
    },
    select: (data) => data?.booking?.user?.emailVerified,
    expected: { anonymous: 'UNAUTHENTICATED', customer: 'ok', owner: 'null', otherOrganizer: 'FORBIDDEN', admin: 'ok' },
  },
  {
    operation: "User.profile (the owner's, through Event.organizer, another subgraph)",
    run: async (caller, actors) => {
      const { id } = await ownersEvent(actors);
      return gql(`query($id: ID!) { event(id: $id) { organizer { profile { locale } } } }`, { id }, as(caller));
    },
    select: (data) => data?.event?.organizer?.profile,
    expected: { anonymous: 'null', customer: 'null', owner: 'ok', otherOrganizer: 'null', admin: 'ok' },
  },
  {
    operation: 'Mutation.updateProfile (the caller\'s own)',
    run: (caller) => gql(`mutation { updateProfile(input: { locale: "en-GB" }) { id } }`, {}, as(caller)),
    expected: { anonymous: 'UNAUTHENTICATED', customer: 'ok', owner: 'ok', otherOrganizer: 'ok', admin: 'ok' },
  },
  {
    operation: 'Mutation.changePassword (to the same password)',
    // It signs the caller's other sessions out, such as the owner's that other rows log in.
    alone: true,
    run: (caller) =>
      gql(`mutation($p: String!) { changePassword(currentPassword: $p, newPassword: $p) }`, { p: caller?.password ?? 'correct horse battery' }, as(caller)),
    expected: { anonymous: 'UNAUTHENTICATED', customer: 'ok', owner: 'ok', otherOrganizer: 'ok', admin: 'ok' },
  },
  {
    operation: 'Query.mySessions',
    run: (caller) => gql(`{ mySessions { id current } }`, {}, as(caller)),
    expected: { anonymous: 'UNAUTHENTICATED', customer: 'ok', owner: 'ok', otherOrganizer: 'ok', admin: 'ok' },
  },
  {
    operation: "Mutation.revokeSession (a session of the owner's)",
    run: async (caller, actors) => {
      const session = await ownerLogin(actors);
      const mine = await gql(`{ mySessions { id current } }`, {}, session.data!.login.accessToken);
      const id = mine.data!.mySessions.find((s: { current: boolean }) => s.current).id;
      return gql(`mutation($id: ID!) { revokeSession(id: $id) }`, { id }, as(caller));
    },
    // Only the user themself ends a session: another user's is not there to them, admins included.
    expected: { anonymous: 'UNAUTHENTICATED', customer: 'NOT_FOUND', owner: 'ok', otherOrganizer: 'NOT_FOUND', admin: 'NOT_FOUND' },
  },
  {
    operation: 'Query.auditLog',
    run: (caller) => gql(`{ auditLog(first: 5) { totalCount nodes { id action actorId targetId } } }`, {}, as(caller)),
    expected: { anonymous: 'UNAUTHENTICATED', customer: 'FORBIDDEN', owner: 'FORBIDDEN', otherOrganizer: 'FORBIDDEN', admin: 'ok' },
  },
  {
    operation: 'Mutation.deleteMyAccount (a wrong password)',
    // Only ever the caller's own account, proven by its password (the deletion itself: subgraphs/users/test/account-deletion.test.ts).
    run: (caller) => gql(`mutation { deleteMyAccount(password: "not the password") }`, {}, as(caller)),
    expected: { anonymous: 'UNAUTHENTICATED', customer: 'UNAUTHENTICATED', owner: 'UNAUTHENTICATED', otherOrganizer: 'UNAUTHENTICATED', admin: 'UNAUTHENTICATED' },
  },
  {
    operation: 'Query.identityProviders',
    run: (caller) => gql(`{ identityProviders { name displayName issuer clientId } }`, {}, as(caller)),
    expected: { anonymous: 'ok', customer: 'ok', owner: 'ok', otherOrganizer: 'ok', admin: 'ok' },
  },
  {
    operation: 'Mutation.signInWithProvider (a fresh code of the test provider)',
    run: async (caller) => {
      const response = await providerCode({ sub: randomUUID(), email: `${randomUUID()}@provider.test`, email_verified: true });
      return gql(
        `mutation($c: String!, $v: String!, $r: String!) { signInWithProvider(provider: "test", code: $c, codeVerifier: $v, redirectUri: $r) { accessToken } }`,
        { c: response.code, v: response.codeVerifier, r: response.redirectUri },
        as(caller),
      );
    },
    // The code is the credential: whoever holds it (and its verifier) signs in as its person.
    expected: { anonymous: 'ok', customer: 'ok', owner: 'ok', otherOrganizer: 'ok', admin: 'ok' },
  },
  {
    operation: "User.linkedProviders (the owner's, through Event.organizer, another subgraph)",
    run: async (caller, actors) => {
      const { id } = await ownersEvent(actors);
      return gql(`query($id: ID!) { event(id: $id) { organizer { linkedProviders } } }`, { id }, as(caller));
    },
    // The owner has none linked: visible as an empty list, hidden as null.
    select: (data) => (Array.isArray(data?.event?.organizer?.linkedProviders) ? 'visible' : null),
    expected: { anonymous: 'null', customer: 'null', owner: 'ok', otherOrganizer: 'null', admin: 'ok' },
  },
];
