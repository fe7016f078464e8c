/** The three readers' journeys, end to end in Chromium, with no console error and no request leaving the site. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserSession, type BrowserSession } from '../helpers/browser.ts';

const OUT = join(import.meta.dirname, '..', '..', 'test-output');
let session: BrowserSession;
beforeAll(async () => {
  session = await startBrowserSession();
  mkdirSync(OUT, { recursive: true });
});
afterAll(async () => {
  await session?.close();
});

describe('reader journeys', () => {
  it('a lawyer searches "s 16 ATIPSOM", opens the provision and copies its citation', async () => {
    const context = await session.browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.base });
    const page = await context.newPage();
    page.on('console', (m) => m.type() === 'error' && session.problems.push(m.text()));
    await page.goto(`${session.base}/`);
    await page.getByRole('searchbox', { name: 'Search provisions, gaps and recommendations' }).fill('s 16 ATIPSOM');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${session.base}/instruments/atipsom-2007/s16/`);
    expect(await page.locator('h1').textContent()).toContain('Consent of trafficked person irrelevant');
    // The status as at a date, the official source and the sources are on the page.
    await expect.poll(() => page.locator('main').textContent()).toMatch(/as at \d{1,2} \w+ \d{4}/);
    expect(await page.getByRole('link', { name: /Laws of Malaysia Online/ }).count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Copy full citation' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      'Anti-Trafficking in Persons and Anti-Smuggling of Migrants Act 2007 (Act 670), section 16',
    );
    await context.close();
    expect(session.problems).toEqual([]);
  });

  it('a policymaker opens the child marriage gap, filters recommendations by an actor and prints the brief', async () => {
    const page = await session.open();
    await page.goto(`${session.base}/`);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Gaps' }).click();
    await page.getByRole('link', { name: 'Child marriage and the consent of a child' }).click();
    await page.waitForURL(/\/gaps\/child-marriage-consent\/$/);
    // The conflicting provisions are side by side, with links.
    const table = page.locator('table.side-by-side').nth(1);
    for (const cite of ['s 14 ATIPSOM 2007', 's 375 Penal Code']) expect(await table.getByRole('link', { name: cite, exact: true }).count()).toBe(1);
    expect(await page.locator('section', { has: page.locator('#recommendations') }).locator('.rec').count()).toBeGreaterThan(3);

    // Print: A4, the brief's citation and date on the page.
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    writeFileSync(join(OUT, 'child-marriage-brief.pdf'), pdf);
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThan(1);
    expect(pages).toBeLessThan(25);
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('.print-only').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });

    // Recommendations filtered by an actor: the URL carries the filter and every card shown addresses that actor.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Recommendations' }).click();
    const total = await page.locator('#rec-list .rec').count();
    await page.getByRole('checkbox', { name: /^JKM: Department of Social Welfare/ }).check();
    await expect.poll(() => page.url()).toContain('actor=jkm');
    const visible = page.locator('#rec-list .rec:not([hidden])');
    const shown = await visible.count();
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(total);
    for (const facets of await visible.evaluateAll((els) => els.map((e) => JSON.parse((e as HTMLElement).dataset.facets!)))) expect(facets.actor).toContain('jkm');
    expect(await page.locator('#rec-status').textContent()).toBe(`Showing ${shown} of ${total} recommendations.`);
    // A shared URL restores the same list.
    const shared = await session.open();
    await shared.goto(page.url());
    await expect.poll(() => shared.locator('#rec-list .rec:not([hidden])').count()).toBe(shown);
    // Full-text search over the recommendations, combined with the filter.
    await page.getByLabel('Search the recommendations').fill('social workers');
    await expect.poll(() => page.url()).toContain('q=social+workers');
    await expect.poll(() => visible.count()).toBeLessThanOrEqual(shown);
    expect(session.problems).toEqual([]);
  });

  it('a student opens the matrix, a theme, a provision and its counterpart in another instrument', async () => {
    const page = await session.open();
    await page.goto(`${session.base}/`);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Matrix' }).click();
    const matrix = page.locator('table.matrix');
    expect(await matrix.locator('thead th[scope=col]').count()).toBe(6);
    expect(await matrix.locator('td em').count()).toBe(0); // no cell left unassessed
    await matrix.getByRole('link', { name: 'Relevance of the victim\'s consent' }).click();
    await page.waitForURL(/\/themes\/consent\/$/);
    await page.locator('main table').first().getByRole('link', { name: 's 16 ATIPSOM 2007' }).click();
    await page.waitForURL(/\/instruments\/atipsom-2007\/s16\/$/);
    const related = page.locator('section', { has: page.getByRole('heading', { name: 'Related provisions' }) });
    const counterpart = related.getByRole('link', { name: /UN Trafficking Protocol/ }).first();
    const href = await counterpart.getAttribute('href');
    await counterpart.click();
    await page.waitForURL(`${session.base}${href}`);
    expect(href).toMatch(/^\/instruments\/un-tip-protocol\//);
    expect(session.problems).toEqual([]);
  });

  it('a student compares two provisions and shares the comparison', async () => {
    const page = await session.open();
    await page.goto(`${session.base}/compare/?p=${encodeURIComponent('atipsom-2007/s14')}`);
    await page.getByLabel('Add a provision').fill('Art 3(c) Trafficking Protocol');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toContain('p=un-tip-protocol%2Fart3-c');
    const heads = await page.locator('#compare-table thead th a').allTextContents();
    expect(heads).toEqual(['s 14 ATIPSOM 2007', 'Art 3(c) UN Trafficking Protocol']);
    expect(await page.locator('#compare-table tbody').textContent()).toContain('Life imprisonment');
    expect(session.problems).toEqual([]);
  });
});
