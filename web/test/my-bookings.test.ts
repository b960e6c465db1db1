import { confirmedBooking, eventOnSale, PRICE_CENTS, registerUser, seatIdsOf } from '../../test/support/index.js';
import { appUrl, chromiumForThisFile, JOURNEY_MS, logIn, markDocument, openPage, stillSameDocument } from './browser.js';

const browser = chromiumForThisFile();

/** The refund is made by payments after the cancellation reaches it over Kafka. */
const REFUND_MS = 30_000;

const dollars = (cents: number) => `$${(cents / 100).toFixed(2)}`;

describe('my bookings in headless Chromium', () => {
  it('cancels paid bookings, from the list and from a booking’s page, and shows each refund once payments has made it', async () => {
    const [organizer, customer] = await Promise.all([registerUser('ORGANIZER'), registerUser('CUSTOMER')]);
    const event = await eventOnSale(organizer);
    const seats = seatIdsOf(event.venue);
    const pair = await confirmedBooking(customer, event.id, seats.slice(0, 2));
    const single = await confirmedBooking(customer, event.id, seats.slice(2, 3));
    const { context, page, pageErrors } = await openPage(browser());

    await logIn(page, customer.email, customer.password);
    await page.goto(appUrl('/bookings'));
    await markDocument(page);
    const card = page.locator(`[data-booking-id="${pair.id}"]`);
    await card.getByTestId('booking-status').filter({ hasText: 'Confirmed' }).waitFor();
    expect(await card.textContent()).toContain(event.title);
    expect(await card.getByTestId('refund').count()).toBe(0);

    await card.getByRole('button', { name: 'Cancel and refund' }).click();
    await card.getByTestId('booking-status').filter({ hasText: 'Cancelled' }).waitFor();
    const paid = dollars(2 * PRICE_CENTS);
    await card.getByTestId('refund').filter({ hasText: `Refunded ${paid} of ${paid}` }).waitFor({ timeout: REFUND_MS });
    expect(await card.getByRole('button', { name: /Cancel/ }).count()).toBe(0);

    // The booking's own page gets the cancellation pushed; the refund it fetches.
    await page.locator(`[data-booking-id="${single.id}"]`).getByRole('link', { name: 'Tickets' }).click();
    await page.getByTestId('booking-status').filter({ hasText: 'Confirmed' }).waitFor();
    await page.getByRole('button', { name: 'Cancel booking and refund' }).click();
    await page.getByTestId('booking-status').filter({ hasText: 'Cancelled' }).waitFor();
    await page.getByTestId('refund').filter({ hasText: `Refunded ${dollars(PRICE_CENTS)} of ${dollars(PRICE_CENTS)}` }).waitFor({ timeout: REFUND_MS });

    expect(await stillSameDocument(page)).toBe(true);
    expect(pageErrors).toEqual([]);
    await context.close();
  }, JOURNEY_MS);
});
