import { mkdirSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { stackUrls } from '../../test/support/index.js';

/** Debian's chromium, driven by playwright-core: no browser is downloaded. */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const ARTIFACTS_DIR = new URL('../../.test-artifacts/', import.meta.url).pathname;

/** Each test drives browser pages through a whole journey; on a loaded 2-core machine that outlasts jest's default. */
export const JOURNEY_MS = 120_000;

export const launchChromium = (): Promise<Browser> =>
  chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });

/** One Chromium for the test file: launched before its tests, closed after them. */
export function chromiumForThisFile(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => browser!;
}

/** The web app as a gateway serves it: by default the gateway under test. */
export const appUrl = (hash: string, gatewayUrl = stackUrls().gateway): string => `${new URL('/app/', gatewayUrl).href}#${hash}`;

/**
 * A fresh browser profile and page, in US English at UTC so that money and times read the same on
 * every machine; uncaught errors in the page are collected for the test to check.
 */
export async function openPage(browser: Browser): Promise<{ context: BrowserContext; page: Page; pageErrors: Error[] }> {
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 }, locale: 'en-US', timezoneId: 'UTC' });
  const page = await context.newPage();
  const pageErrors: Error[] = [];
  page.on('pageerror', (error) => pageErrors.push(error));
  return { context, page, pageErrors };
}

export async function logIn(page: Page, email: string, password: string, gatewayUrl?: string): Promise<void> {
  await page.goto(appUrl('/login', gatewayUrl));
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByTestId('signed-in').waitFor();
}

/** Marks the document, so that `stillSameDocument` tells whether the page was reloaded since. */
export const markDocument = (page: Page): Promise<void> => page.evaluate(() => void ((window as { testMark?: boolean }).testMark = true));

export const stillSameDocument = (page: Page): Promise<boolean> => page.evaluate(() => (window as { testMark?: boolean }).testMark === true);

export async function screenshot(page: Page, name: string, selector?: string): Promise<void> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const target = selector ? page.locator(selector) : page;
  await target.screenshot({ path: `${ARTIFACTS_DIR}${name}.png` });
}

export const seat = (page: Page, seatId: string) => page.locator(`circle[data-seat-id="${seatId}"]`);

/** The trimmed text of every cell, row by row, of the rows `rows` matches. */
export const cellTexts = (rows: Locator): Promise<string[][]> =>
  rows.evaluateAll((elements) => elements.map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent?.trim() ?? '')));
