import { randomUUID } from 'node:crypto';
import {
  awaitBookingStatus,
  checkout,
  confirmedBooking,
  eventOnSale,
  holdSeats,
  ok,
  pay,
  registerUser,
  seatedSection,
  seatIdsOf,
} from '../../test/support/index.js';
import { appUrl, chromiumForThisFile, JOURNEY_MS, logIn, markDocument, openPage, screenshot, seat, stillSameDocument } from './browser.js';

const browser = chromiumForThisFile();

describe('the web app in headless Chromium', () => {
  it('shows seats another browser holds as unavailable within a second, without a reload', async () => {
    const [organizer, customer, earlier] = await Promise.all([registerUser('ORGANIZER'), registerUser('CUSTOMER'), registerUser('CUSTOMER')]);
    const sections = [seatedSection('Stalls', ['A', 'B', 'C', 'D'], 12), seatedSection('Balcony', ['A', 'B'], 8)];
    const event = await eventOnSale(organizer, { sections, prices: [5000, 3500] });
    const [first, second] = seatIdsOf(event.venue);
    const buyer = await openPage(browser());
    const watcher = await openPage(browser());

    // Some seats already sold, so the seat map shows every state.
    await Promise.all([
      confirmedBooking(earlier, event.id, seatIdsOf(event.venue).slice(16, 20)),
      logIn(buyer.page, customer.email, customer.password),
    ]);
    await Promise.all([buyer.page.goto(appUrl(`/events/${event.id}`)), watcher.page.goto(appUrl(`/events/${event.id}`))]);
    for (const { page } of [buyer, watcher]) await seat(page, second!).and(page.locator('[data-state="AVAILABLE"]')).waitFor();
    await markDocument(watcher.page);

    await seat(buyer.page, first!).click();
    await seat(buyer.page, second!).click();
    const held = buyer.page.waitForResponse((response) => response.request().postData()?.includes('mutation HoldSeats') ?? false);
    await buyer.page.getByRole('button', { name: 'Hold 2 seats' }).click();
    expect((await (await held).json()).errors).toBeUndefined();
    const heldAt = Date.now();
    await seat(watcher.page, second!).and(watcher.page.locator('[data-state="HELD"]')).waitFor({ timeout: 10_000 });
    await seat(watcher.page, first!).and(watcher.page.locator('[data-state="HELD"]')).waitFor({ timeout: 1000 });
    const delayMs = Date.now() - heldAt;
    await screenshot(watcher.page, 'seat-map', '[data-testid="seat-map"]');
    expect(delayMs).toBeLessThan(1000);

    await buyer.page.getByTestId('hold-countdown').waitFor();
    expect(await watcher.page.getByTestId('event-counts').textContent()).toContain('2 held');
    const [stalls, balcony] = event.venue.sections.map((section) => watcher.page.locator(`[data-section-id="${section.id}"] [data-testid="section-counts"]`));
    expect(await stalls!.textContent()).toBe('42 available · 2 held · 4 sold of 48');
    expect(await balcony!.textContent()).toBe('16 available · 0 held · 0 sold of 16');
    expect(await stillSameDocument(watcher.page)).toBe(true);
    expect([...buyer.pageErrors, ...watcher.pageErrors]).toEqual([]);
    await Promise.all([buyer.context.close(), watcher.context.close()]);
  }, JOURNEY_MS);

  it('buys seats from registration to tickets with QR codes, explaining a declined card', async () => {
    const organizer = await registerUser('ORGANIZER');
    const event = await eventOnSale(organizer);
    const [first, second] = seatIdsOf(event.venue);
    const { context, page, pageErrors } = await openPage(browser());

    await page.goto(appUrl(`/events/${event.id}`));
    await page.getByRole('button', { name: 'Log in to buy' }).click();
    await page.getByRole('button', { name: 'New here? Create an account' }).click();
    await page.getByLabel('Name').fill('Browser Buyer');
    await page.getByLabel('Email').fill(`${randomUUID()}@example.test`);
    await page.getByLabel('Password').fill('correct horse battery');
    await page.getByRole('button', { name: 'Register' }).click();
    await page.getByTestId('signed-in').waitFor();

    // Back on the event's page, where "Log in to buy" was pressed.
    await seat(page, first!).and(page.locator('[data-state="AVAILABLE"]')).click();
    await seat(page, second!).click();
    await page.getByRole('button', { name: 'Hold 2 seats' }).click();
    await page.getByTestId('hold-countdown').waitFor();
    await page.getByRole('button', { name: 'Checkout' }).click();

    await page.getByLabel(/declined/).check();
    await page.getByRole('button', { name: 'Pay now' }).click();
    await page.getByRole('alert').filter({ hasText: 'Your card was declined' }).waitFor();
    await page.getByLabel(/4242/).check();
    await page.getByRole('button', { name: 'Pay now' }).click();

    await page.getByTestId('booking-status').filter({ hasText: 'Confirmed' }).waitFor({ timeout: 15_000 });
    const qrCodes = page.getByTestId('tickets').getByRole('img');
    await qrCodes.nth(1).waitFor();
    expect(await qrCodes.count()).toBe(2);
    const widths = await qrCodes.evaluateAll((images) => images.map((image) => (image as HTMLImageElement).naturalWidth));
    expect(widths.every((width) => width > 0)).toBe(true);
    await screenshot(page, 'tickets');
    expect(pageErrors).toEqual([]);
    await context.close();
  }, JOURNEY_MS);

  it('shows the organizer sold and held counts changing live, admits a ticket at the door once and refuses it the second time', async () => {
    const [organizer, customer] = await Promise.all([registerUser('ORGANIZER'), registerUser('CUSTOMER')]);
    const event = await eventOnSale(organizer);
    const { context, page, pageErrors } = await openPage(browser());

    await logIn(page, organizer.email, organizer.password);
    await page.goto(appUrl('/organizer'));
    const row = page.locator(`[data-event-id="${event.id}"]`);
    const counts = (sold: number, held: number) =>
      Promise.all([
        row.getByTestId('sold').filter({ hasText: new RegExp(`^${sold}$`) }).waitFor(),
        row.getByTestId('held').filter({ hasText: new RegExp(`^${held}$`) }).waitFor(),
      ]);
    await counts(0, 0);
    await markDocument(page);

    // Another customer books while the page stays open: held when the seats are held, sold once paid.
    const hold = await holdSeats(customer, event.id, seatIdsOf(event.venue).slice(0, 2));
    await counts(0, 2);
    const pending = await checkout(customer, hold.id);
    ok(await pay(customer, pending.id));
    const booking = await awaitBookingStatus(customer, pending.id, 'CONFIRMED');
    await counts(2, 0);
    expect(await stillSameDocument(page)).toBe(true);

    const code: string = booking.tickets[0].code;
    await page.getByRole('link', { name: 'Check tickets in at the door' }).click();
    const checkIn = async (ticketCode: string) => {
      await page.getByLabel('Ticket code').fill(ticketCode);
      await page.getByRole('button', { name: 'Check in' }).click();
      return page.getByTestId('verdict');
    };

    await (await checkIn(code)).filter({ hasText: 'Admitted' }).waitFor();
    await (await checkIn(code)).filter({ hasText: 'Already checked in at' }).waitFor();
    await (await checkIn('not-a-ticket')).filter({ hasText: 'Not valid' }).waitFor();
    expect(pageErrors).toEqual([]);
    await context.close();
  }, JOURNEY_MS);
});
