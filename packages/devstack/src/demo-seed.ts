import { seedDemoProgram } from './demo-program.js';
import { request } from './graphql-client.js';

export interface DemoAccount {
  role: 'CUSTOMER' | 'ORGANIZER';
  name: string;
  email: string;
  password: string;
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { role: 'ORGANIZER', name: 'Olivia Organizer', email: 'organizer@boxoffice.dev', password: 'organizer-pass' },
  { role: 'CUSTOMER', name: 'Carl Customer', email: 'customer@boxoffice.dev', password: 'customer-pass' },
];

const AUTH = 'accessToken user { id }';

async function signIn(url: string, account: DemoAccount): Promise<string> {
  try {
    const data = await request(url, `mutation($input: RegisterInput!) { register(input: $input) { ${AUTH} } }`, {
      input: { email: account.email, password: account.password, name: account.name, role: account.role },
    });
    return data.register.accessToken;
  } catch (error) {
    if ((error as { code?: string }).code !== 'CONFLICT') throw error;
    const data = await request(url, `mutation($input: LoginInput!) { login(input: $input) { ${AUTH} } }`, {
      input: { email: account.email, password: account.password },
    });
    return data.login.accessToken;
  }
}

/** The demo event's promo code: 10 % off, 100 uses, 2 per customer. */
export const DEMO_PROMO_CODE = 'OPENING10';

/** Adds the demo promo code to the event unless it has it already (codes are unique per event, ignoring case). */
async function ensureDemoPromoCode(url: string, organizerToken: string, eventId: string): Promise<void> {
  const { event } = await request(url, `query($id: ID!) { event(id: $id) { promoCodes { code } } }`, { id: eventId }, organizerToken);
  if (event.promoCodes.some((promo: { code: string }) => promo.code.toUpperCase() === DEMO_PROMO_CODE)) return;
  await request(
    url,
    `mutation($eventId: ID!, $input: CreatePromoCodeInput!) { createPromoCode(eventId: $eventId, input: $input) { id } }`,
    { eventId, input: { code: DEMO_PROMO_CODE, kind: 'PERCENT', value: 10, maxRedemptions: 100, perCustomerLimit: 2 } },
    organizerToken,
  );
}

interface DemoEvent {
  id: string;
  title: string;
  status: string;
}

/** The demo venue (two sections) and a DRAFT event there a month from now. */
async function createDemoEvent(url: string, organizerToken: string): Promise<DemoEvent> {
  const { createVenue: venue } = await request(
    url,
    `mutation($input: CreateVenueInput!) { createVenue(input: $input) { id sections { id } } }`,
    {
      input: {
        name: 'Grand Hall',
        address: '1 Theatre Square',
        city: 'Springfield',
        sections: [
          { name: 'Stalls', rows: ['A', 'B', 'C', 'D'].map((label) => ({ label, seats: 12 })) },
          { name: 'Balcony', rows: ['A', 'B'].map((label) => ({ label, seats: 8 })) },
        ],
      },
    },
    organizerToken,
  );
  const startsAt = new Date(Date.now() + 30 * 24 * 3600_000);
  startsAt.setUTCHours(19, 30, 0, 0);
  const { createEvent: event } = await request(
    url,
    `mutation($input: CreateEventInput!) { createEvent(input: $input) { id title status } }`,
    {
      input: {
        title: 'Opening Night',
        description: 'The first show of the season.',
        venueId: venue.id,
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + 3 * 3600_000).toISOString(),
        currency: 'USD',
        prices: venue.sections.map((section: { id: string }, i: number) => ({ sectionId: section.id, priceCents: i === 0 ? 5000 : 3500 })),
      },
    },
    organizerToken,
  );
  return event;
}

/**
 * Demo data through the public API, as a client would create it: the accounts (DEMO_ACCOUNTS
 * unless a caller, such as a test, brings its own), a venue with two sections, a published event
 * of the organizer with a small program, and its promo code. Running it again adds nothing, and
 * publishes the event if an interrupted run left it a draft.
 */
export async function seedDemo(url: string, accounts: DemoAccount[] = DEMO_ACCOUNTS): Promise<{ eventId: string; eventTitle: string; promoCode: string }> {
  const tokens = await Promise.all(accounts.map((account) => signIn(url, account)));
  const organizerToken = tokens[accounts.findIndex((account) => account.role === 'ORGANIZER')];
  if (!organizerToken) throw new Error('seedDemo needs an ORGANIZER account');
  const mine = await request(url, `{ me { organizedEvents(first: 1) { nodes { id title status } } } }`, {}, organizerToken);
  const event: DemoEvent = mine.me.organizedEvents.nodes[0] ?? (await createDemoEvent(url, organizerToken));
  // The program first, so that it is complete when the event goes on sale.
  await seedDemoProgram(url, organizerToken, event.id);
  if (event.status === 'DRAFT') await request(url, `mutation($id: ID!) { publishEvent(id: $id) { id } }`, { id: event.id }, organizerToken);
  await ensureDemoPromoCode(url, organizerToken, event.id);
  return { eventId: event.id, eventTitle: event.title, promoCode: DEMO_PROMO_CODE };
}
