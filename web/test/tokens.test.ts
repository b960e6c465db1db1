import type { ChildService } from '@boxoffice/devstack';
import type { Request } from 'playwright-core';
import { errorCode, eventually, gql, registerUser } from '../../test/support/index.js';
import { replicaPort, startReplica } from '../../test/support/replica.js';
import { chromiumForThisFile, JOURNEY_MS, logIn, markDocument, openPage, stillSameDocument } from './browser.js';

const browser = chromiumForThisFile();

/**
 * Access tokens this short are issued by a users replica of this file's own, behind a gateway
 * replica that serves the app and sends users' operations there; the shared stack keeps its
 * 15 minutes. The app refreshes half-way through a token this short.
 */
const ACCESS_TOKEN_TTL_SECONDS = 10;
const USERS_PORT = replicaPort('tokens:users');
const GATEWAY_PORT = replicaPort('tokens:gateway');
const gatewayUrl = `http://127.0.0.1:${GATEWAY_PORT}/graphql`;

const REPLICAS_START_MS = 180_000;
let replicas: ChildService[] = [];
beforeAll(async () => {
  replicas.push(await startReplica('users', USERS_PORT, { ACCESS_TOKEN_TTL_SECONDS: String(ACCESS_TOKEN_TTL_SECONDS) }));
  replicas.push(await startReplica('gateway', GATEWAY_PORT, { USERS_URL: `http://127.0.0.1:${USERS_PORT}/graphql` }));
}, REPLICAS_START_MS);
afterAll(async () => {
  for (const replica of replicas.reverse()) await replica.stop();
  replicas = [];
});

const operationOf = (request: Request): string | undefined => (request.postDataJSON() as { operationName?: string } | null)?.operationName;

describe('tokens in the web app, in headless Chromium', () => {
  it('keeps the refresh token out of localStorage and refreshes the access token quietly before it expires', async () => {
    const customer = await registerUser('CUSTOMER');
    const { context, page, pageErrors } = await openPage(browser());
    const sent: Request[] = [];
    page.on('request', (request) => request.method() === 'POST' && request.url() === gatewayUrl && sent.push(request));
    const loginResponse = page.waitForResponse((response) => response.request().url() === gatewayUrl && operationOf(response.request()) === 'Login');

    await logIn(page, customer.email, customer.password, gatewayUrl);
    const login = (await (await loginResponse).json()).data.login;
    expect(login.expiresIn).toBe(ACCESS_TOKEN_TTL_SECONDS);
    const storage = () =>
      page.evaluate(() => ({ local: JSON.stringify({ ...localStorage }), session: Object.values({ ...sessionStorage }) }));
    const afterLogin = await storage();
    expect(afterLogin.session).toContain(login.refreshToken);
    for (const token of [login.refreshToken, login.accessToken]) expect(afterLogin.local).not.toContain(token);
    await markDocument(page);

    // The first access token really expires: the gateway refuses it from then on.
    await eventually(
      async () => expect(errorCode(await gql('{ me { id } }', {}, login.accessToken))).toBe('UNAUTHENTICATED'),
      (ACCESS_TOKEN_TTL_SECONDS + 20) * 1000,
      500,
    );

    const bookingsResponse = page.waitForResponse((response) => response.request().url() === gatewayUrl && operationOf(response.request()) === 'MyBookings');
    await page.getByRole('link', { name: 'My bookings' }).click();
    const bookings = await bookingsResponse;
    expect((await bookings.json()).errors).toBeUndefined();
    expect(await bookings.request().headerValue('authorization')).not.toBe(`Bearer ${login.accessToken}`);
    await page.getByText('No bookings yet.').waitFor();
    await page.getByTestId('signed-in').waitFor();

    const operations = sent.map(operationOf);
    expect(operations.filter((name) => name === 'Login')).toHaveLength(1);
    expect(operations).toContain('RefreshToken');
    expect(await stillSameDocument(page)).toBe(true);
    const { local, session } = await storage();
    expect(session).not.toContain(login.refreshToken);
    expect(local).not.toMatch(/ey[\w-]+\.[\w-]+\.[\w-]+/);
    for (const token of [login.refreshToken, ...session]) expect(local).not.toContain(token);
    expect(pageErrors).toEqual([]);
    await context.close();
  }, JOURNEY_MS);
});
