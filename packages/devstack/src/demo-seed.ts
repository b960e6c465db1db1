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

/** Adds the demo promo code to the event unless it has it already. */
async function ensureDemoPromoCode(url: string, organizerToken: string, eventId: string): Promise<void> {
  try {
    await request(
      url,
      `mutation($eventId: ID!, $input: CreatePromoCodeInput!) { createPromoCode(eventId: $eventId, input: $input) { id } }`,
      { eventId, input: { code: DEMO_PROMO_CODE, kind: 'PERCENT', value: 10, maxRedemptions: 100, perCustomerLimit: 2 } },
      organizerToken,
    );
  } catch (error) {
    // Seeded before: the code is unique per event.
    if ((error as { code?: string }).code !== 'BAD_USER_INPUT') throw error;
  }
}

/**
 * Demo data through the public API, as a client would create it: the two demo accounts, a
 * venue with two sections, a published event with a small program, and its promo code. Running it
 * again adds nothing.
 */
export async function seedDemo(url: string): Promise<{ eventId: string; eventTitle: string; promoCode: string }> {
  const [organizerToken] = await Promise.all(DEMO_ACCOUNTS.map((account) => signIn(url, account)));
  const mine = await request(url, `{ me { organizedEvents(first: 1) { nodes { id title } } } }`, {}, organizerToken);
  const existing = mine.me.organizedEvents.nodes[0];
  if (existing) {
    await seedDemoProgram(url, organizerToken!, existing.id);
    await ensureDemoPromoCode(url, organizerToken!, existing.id);
    return { eventId: existing.id, eventTitle: existing.title, promoCode: DEMO_PROMO_CODE };
  }

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
    `mutation($input: CreateEventInput!) { createEvent(input: $input) { id title } }`,
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
  await seedDemoProgram(url, organizerToken!, event.id);
  await request(url, `mutation($id: ID!) { publishEvent(id: $id) { id } }`, { id: event.id }, organizerToken);
  await ensureDemoPromoCode(url, organizerToken!, event.id);
  return { eventId: event.id, eventTitle: event.title, promoCode: DEMO_PROMO_CODE };
}
