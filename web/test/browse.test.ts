import { createVenue, draftEvent, eventually, hoursFromNow, publishedEvent, registerUser, sectionsNamed, uniqueToken } from '../../test/support/index.js';
import { appUrl, cellTexts, chromiumForThisFile, JOURNEY_MS, openPage } from './browser.js';

const browser = chromiumForThisFile();

/** The events page shows this many at a time. */
const PAGE_SIZE = 10;

describe('browsing published events in headless Chromium', () => {
  it('finds events by title a page at a time, and shows an event with its venue, times and prices per section', async () => {
    const organizer = await registerUser('ORGANIZER');
    const venue = await createVenue(organizer, { sections: sectionsNamed('Stalls', 'Balcony') });
    const [stalls, balcony] = venue.sections;
    const tag = uniqueToken();
    // One more than a page, an hour apart (the list is by start time), and a draft nobody may see.
    const published = await Promise.all(
      Array.from({ length: PAGE_SIZE + 1 }, (_, index) =>
        publishedEvent(organizer, venue, {
          title: `Recital ${tag} no. ${index + 1}`,
          startsAt: hoursFromNow(24 + index),
          endsAt: hoursFromNow(26.5 + index),
          prices: [
            { sectionId: stalls!.id, priceCents: 4500 },
            { sectionId: balcony!.id, priceCents: 2750 },
          ],
        }),
      ),
    );
    await draftEvent(organizer, venue, { title: `Recital ${tag} draft` });
    const titles = published.map((event) => event.title as string);
    const { context, page, pageErrors } = await openPage(browser());

    await page.goto(appUrl('/events'));
    await page.getByLabel('Search events').fill(`recital ${tag}`);
    await page.getByRole('button', { name: 'Search' }).click();
    const listed = page.getByTestId('event-list').getByRole('link');
    const shown = async () => (await listed.locator('strong').allTextContents()).join('\n');
    await eventually(async () => expect(await shown()).toBe(titles.slice(0, PAGE_SIZE).join('\n')));
    await page.getByText(`${PAGE_SIZE + 1} events`).waitFor();

    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByText('Page 2').waitFor();
    await eventually(async () => expect(await shown()).toBe(titles[PAGE_SIZE]));
    expect(await page.getByRole('button', { name: 'Next' }).isDisabled()).toBe(true);

    const last = published[PAGE_SIZE];
    await listed.filter({ hasText: last.title }).click();
    await page.getByRole('heading', { name: last.title }).waitFor();
    const times = await page.evaluate(
      ([startsAt, endsAt]) => [startsAt, endsAt].map((at) => new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(at!))),
      [last.startsAt as string, last.endsAt as string],
    );
    await page.getByText(`${times[0]} – ${times[1]} · ${venue.name}, ${venue.address}, ${venue.city}`).waitFor();
    const prices = await cellTexts(page.locator('table.prices tbody tr'));
    expect(prices.map(([section, price]) => [section, price])).toEqual([
      ['Stalls', '$45.00'],
      ['Balcony', '$27.50'],
    ]);
    expect(pageErrors).toEqual([]);
    await context.close();
  }, JOURNEY_MS);
});
