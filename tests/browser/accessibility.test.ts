/**
 * Every page template: no axe-core violations (WCAG 2.x A/AA and best practices, which include heading order), a
 * visible focus on keyboard navigation, no request leaving the site, and a screenshot at phone and desktop width
 * written to test-output/screenshots/ for review.
 */
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserSession, type BrowserSession } from '../helpers/browser.ts';
import { pageTemplates } from '../helpers/templates.ts';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const SHOTS = join(import.meta.dirname, '..', '..', 'test-output', 'screenshots');
let session: BrowserSession;
beforeAll(async () => {
  session = await startBrowserSession();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await session?.close();
});

describe.each(pageTemplates())('$name ($path)', ({ name, path }) => {
  it('has no accessibility violations and a visible keyboard focus', async () => {
    const page = await session.open(undefined, { injectsScripts: true });
    await page.goto(`${session.base}${path}`, { waitUntil: 'networkidle' });
    await page.addScriptTag({ path: AXE });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
      const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
      return r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('; ')})`);
    });
    expect(violations).toEqual([]);

    // The first Tab lands on the skip link, which becomes visible; the next reaches the site name with an outline.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    expect(await page.evaluate(() => document.activeElement!.getBoundingClientRect().left >= 0)).toBe(true);
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');

    await page.screenshot({ path: join(SHOTS, `${name}-desktop.png`), fullPage: false });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: join(SHOTS, `${name}-phone.png`), fullPage: false });
    // Nothing overflows sideways on a phone except inside scrollable table wrappers.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(session.problems).toEqual([]);
    await page.close();
  });
});
