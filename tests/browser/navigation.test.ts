/** A reader's first visit: from the home page to an instrument, to a provision, to its neighbour. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserSession, type BrowserSession } from '../helpers/browser.ts';

let session: BrowserSession;
beforeAll(async () => {
  session = await startBrowserSession();
});
afterAll(async () => {
  await session?.close();
});

describe('home to provision', () => {
  it('follows links from the home page to an instrument and one of its provisions, with no errors', async () => {
    const page = await session.open();
    await page.goto(`${session.base}/`);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Instruments' }).click();
    await expect.poll(() => page.url()).toBe(`${session.base}/instruments/`);
    await page.locator('main table a').first().click();
    await page.waitForURL(/\/instruments\/[a-z0-9-]+\/$/);
    const instrumentTitle = (await page.locator('h1').textContent())!;
    await page.locator('main ul.toc a').first().click();
    await page.waitForURL(/\/instruments\/[a-z0-9-]+\/[a-z0-9-]+\/$/);
    await expect.poll(() => page.locator('.citation-box #cite-short').textContent()).toBeTruthy();
    // The breadcrumb leads back to the instrument the provision belongs to.
    const crumb = page.getByRole('navigation', { name: 'Breadcrumbs' }).getByRole('link').nth(1);
    await crumb.click();
    expect(await page.locator('h1').textContent()).toBe(instrumentTitle);
    expect(session.problems).toEqual([]);
  });

  it('copies a citation with the keyboard', async () => {
    const context = await session.browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.base });
    const page = await context.newPage();
    await page.goto(`${session.base}/instruments/`);
    await page.locator('main table a').first().click();
    await page.locator('main ul.toc a').first().click();
    const citation = (await page.locator('#cite-short').textContent())!.trim();
    const button = page.getByRole('button', { name: 'Copy short citation' });
    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => button.textContent()).toBe('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(citation);
    await context.close();
  });
});
