import { mkdirSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
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

export const launchChromium = (): Promise<Browser> =>
  chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });

/** The web app as the gateway under test serves it. */
export const appUrl = (hash: string): string => `${new URL('/app/', stackUrls().gateway).href}#${hash}`;

/** A fresh browser profile and page; uncaught errors in the page are collected for the test to check. */
export async function openPage(browser: Browser): Promise<{ context: BrowserContext; page: Page; pageErrors: Error[] }> {
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
  const page = await context.newPage();
  const pageErrors: Error[] = [];
  page.on('pageerror', (error) => pageErrors.push(error));
  return { context, page, pageErrors };
}

export async function logIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto(appUrl('/login'));
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByTestId('signed-in').waitFor();
}

export async function screenshot(page: Page, name: string, selector?: string): Promise<void> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const target = selector ? page.locator(selector) : page;
  await target.screenshot({ path: `${ARTIFACTS_DIR}${name}.png` });
}

export const seat = (page: Page, seatId: string) => page.locator(`circle[data-seat-id="${seatId}"]`);
