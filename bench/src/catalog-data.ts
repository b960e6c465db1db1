import { request } from '@boxoffice/devstack';
import { DEMO_ACCOUNTS, seedDemo } from '@boxoffice/devstack/demo-seed';

export interface Catalog {
  venueIds: string[];
  /** The cursor after each published event, in list order. */
  cursors: string[];
  titleWords: string[];
}

const VENUES = 3;
const EVENTS_PER_VENUE = 8;

/** The demo data plus a few more venues and published events, so that lists have pages to vary. */
export async function seedCatalog(url: string): Promise<Catalog> {
  await seedDemo(url);
  const organizer = DEMO_ACCOUNTS.find((account) => account.role === 'ORGANIZER')!;
  const { login } = await request(url, `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`, {
    input: { email: organizer.email, password: organizer.password },
  });
  const token: string = login.accessToken;
  const titleWords = ['Gala', 'Matinee', 'Premiere', 'Encore'];
  const venueIds: string[] = [];
  for (let v = 0; v < VENUES; v += 1) {
    const { createVenue: venue } = await request(
      url,
      `mutation($input: CreateVenueInput!) { createVenue(input: $input) { id sections { id } } }`,
      {
        input: {
          name: `Bench Hall ${v}`,
          address: `${v} Bench Street`,
          city: v % 2 ? 'Springfield' : 'Shelbyville',
          sections: [
            { name: 'Stalls', rows: ['A', 'B', 'C'].map((label) => ({ label, seats: 10 })) },
            { name: 'Circle', rows: ['A', 'B'].map((label) => ({ label, seats: 6 })) },
          ],
        },
      },
      token,
    );
    venueIds.push(venue.id);
    for (let e = 0; e < EVENTS_PER_VENUE; e += 1) {
      const startsAt = new Date(Date.now() + (10 + v * EVENTS_PER_VENUE + e) * 24 * 3600_000);
      startsAt.setUTCHours(19, 0, 0, 0);
      const { createEvent: event } = await request(
        url,
        `mutation($input: CreateEventInput!) { createEvent(input: $input) { id } }`,
        {
          input: {
            title: `${titleWords[e % titleWords.length]} ${v}-${e}`,
            description: 'A benchmark event.',
            venueId: venue.id,
            startsAt: startsAt.toISOString(),
            endsAt: new Date(startsAt.getTime() + 2 * 3600_000).toISOString(),
            currency: 'USD',
            prices: venue.sections.map((section: { id: string }) => ({ sectionId: section.id, priceCents: 4200 })),
          },
        },
        token,
      );
      await request(url, `mutation($id: ID!) { publishEvent(id: $id) { id } }`, { id: event.id }, token);
    }
  }
  const cursors: string[] = [];
  let after: string | null = null;
  for (;;) {
    const { events }: { events: { pageInfo: { endCursor: string | null; hasNextPage: boolean } } } = await request(url, `query($after: String) { events(first: 1, after: $after) { pageInfo { endCursor hasNextPage } } }`, { after });
    if (!events.pageInfo.endCursor) break;
    cursors.push(events.pageInfo.endCursor);
    if (!events.pageInfo.hasNextPage) break;
    after = events.pageInfo.endCursor;
  }
  return { venueIds, cursors, titleWords };
}
