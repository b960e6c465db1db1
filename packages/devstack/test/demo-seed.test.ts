import { randomUUID } from 'node:crypto';
import { addSession, createSpeaker, createVenue, draftEvent, eventually, gqlOk, registerUser, sessionInput, stackUrls } from '../../../test/support/index.js';
import { DEMO_ACCOUNTS, seedDemo, type DemoAccount } from '../src/demo-seed.js';

/** The demo accounts at addresses of this test's own, so that nothing else in the shared stack meets them. */
const accounts: DemoAccount[] = DEMO_ACCOUNTS.map((account) => ({ ...account, email: `demo-${randomUUID()}@example.test` }));
const organizer = accounts.find((account) => account.role === 'ORGANIZER')!;
const customer = accounts.find((account) => account.role === 'CUSTOMER')!;

const SPEAKER_NAMES = ['Ada Conductor', 'Ben Baritone', 'Cleo Composer'];

const DEMO_EVENT = `query($id: ID!) {
  event(id: $id) {
    id title status currency
    venue { id name sections { id name seatCount } }
    prices { priceCents section { name } }
    seatAvailability { total available }
    promoCodes { id code kind value maxRedemptions perCustomerLimit active }
    sessions { id title room speakers { id } }
    speakers { id name }
  }
}`;

async function logIn(account: DemoAccount): Promise<{ token: string; role: string }> {
  const { login } = await gqlOk(`mutation($input: LoginInput!) { login(input: $input) { accessToken user { role } } }`, {
    input: { email: account.email, password: account.password },
  });
  return { token: login.accessToken, role: login.user.role };
}

/** Speakers are not per event: how many of each demo speaker's name exist anywhere. */
const speakerCounts = () =>
  Promise.all(SPEAKER_NAMES.map(async (search) => (await gqlOk(`query($search: String) { speakers(search: $search) { totalCount } }`, { search })).speakers.totalCount as number));

describe('the demo seed', () => {
  it('seeds an event on sale with its sections, one promo code and a program of 4 sessions in 2 rooms by 3 speakers, and adds nothing when run again', async () => {
    const { gateway } = stackUrls();
    const speakersBefore = await speakerCounts();

    const seeded = await seedDemo(gateway, accounts);
    const { token } = await logIn(organizer);
    // On sale: published, and bookings knows every seat (it learns them over Kafka).
    const event = await eventually(async () => {
      const data = await gqlOk(DEMO_EVENT, { id: seeded.eventId }, token);
      expect(data.event.seatAvailability).toEqual({ total: 64, available: 64 });
      return data.event;
    }, 30_000);
    expect(seeded).toEqual({ eventId: event.id, eventTitle: 'Opening Night', promoCode: 'OPENING10' });
    expect(event).toMatchObject({ title: 'Opening Night', status: 'PUBLISHED', currency: 'USD', venue: { name: 'Grand Hall' } });
    expect(event.venue.sections.map((section: { name: string; seatCount: number }) => [section.name, section.seatCount])).toEqual([
      ['Stalls', 48],
      ['Balcony', 16],
    ]);
    expect(event.prices).toEqual([
      { priceCents: 5000, section: { name: 'Stalls' } },
      { priceCents: 3500, section: { name: 'Balcony' } },
    ]);
    expect(event.promoCodes).toEqual([
      { id: expect.any(String), code: 'OPENING10', kind: 'PERCENT', value: 10, maxRedemptions: 100, perCustomerLimit: 2, active: true },
    ]);
    expect(event.sessions).toHaveLength(4);
    expect([...new Set(event.sessions.map((session: { room: string }) => session.room))].sort()).toEqual(['Main Stage', 'Studio']);
    expect(event.speakers.map((speaker: { name: string }) => speaker.name)).toEqual(SPEAKER_NAMES);
    const speaking = new Set(event.sessions.flatMap((session: { speakers: { id: string }[] }) => session.speakers.map((speaker) => speaker.id)));
    expect([...speaking].sort()).toEqual(event.speakers.map((speaker: { id: string }) => speaker.id).sort());
    expect(await speakerCounts()).toEqual(speakersBefore.map((count) => count + 1));
    expect((await logIn(customer)).role).toBe('CUSTOMER');

    expect(await seedDemo(gateway, accounts)).toEqual(seeded);
    expect((await gqlOk(DEMO_EVENT, { id: seeded.eventId }, token)).event).toEqual(event);
    const { me } = await gqlOk(`{ me { organizedEvents { totalCount } } }`, {}, token);
    expect(me.organizedEvents.totalCount).toBe(1);
    expect(await speakerCounts()).toEqual(speakersBefore.map((count) => count + 1));
  }, 120_000);

  it('finishes a run cut short after creating the event: adds the program and the code, and publishes it', async () => {
    const interrupted = await registerUser('ORGANIZER');
    const draft = await draftEvent(interrupted, await createVenue(interrupted), { title: 'Opening Night' });
    const account: DemoAccount = { role: 'ORGANIZER', name: interrupted.name, email: interrupted.email, password: interrupted.password };

    expect(await seedDemo(stackUrls().gateway, [account])).toEqual({ eventId: draft.id, eventTitle: 'Opening Night', promoCode: 'OPENING10' });
    const { event } = await gqlOk(DEMO_EVENT, { id: draft.id }, interrupted.token);
    expect(event.status).toBe('PUBLISHED');
    expect(event.promoCodes.map((promo: { code: string }) => promo.code)).toEqual(['OPENING10']);
    expect(event.sessions).toHaveLength(4);
  }, 120_000);

  it('finishes a program cut short after its first session: adds the other three, reusing its speaker', async () => {
    const interrupted = await registerUser('ORGANIZER');
    const draft = await draftEvent(interrupted, await createVenue(interrupted), { title: 'Opening Night' });
    const ada = await createSpeaker(interrupted, { name: 'Ada Conductor' });
    await addSession(interrupted, draft.id, sessionInput(draft, 0, 45, { title: 'Welcome and overture', room: 'Main Stage', speakerIds: [ada.id] }));
    const account: DemoAccount = { role: 'ORGANIZER', name: interrupted.name, email: interrupted.email, password: interrupted.password };

    await seedDemo(stackUrls().gateway, [account]);
    const { event } = await gqlOk(DEMO_EVENT, { id: draft.id }, interrupted.token);
    expect(event.sessions.map((session: { title: string }) => session.title).sort()).toEqual(['Backstage tour', 'Headline set', 'Meet the baritone', 'Welcome and overture']);
    expect(event.speakers.map((speaker: { name: string }) => speaker.name)).toEqual(SPEAKER_NAMES);
    expect(event.speakers.find((speaker: { name: string }) => speaker.name === 'Ada Conductor').id).toBe(ada.id);
  }, 120_000);
});
