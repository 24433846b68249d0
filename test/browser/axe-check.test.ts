import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { chromiumMissing, launchChromium, newPage, seriousAccessibilityViolations } from '../support/browser.js';

/** The check every browser test leans on must find what it is there to find. */
describe.skipIf(chromiumMissing)('the accessibility check', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());

  const flawed = `<!doctype html><html lang="sv"><head><title>Prov</title></head><body><main>
    <h1>Prov</h1><p style="color:#bbb;background:#fff">Ljusgrå text på vitt</p><img src="data:," width="10" height="10">
    <div data-tabster-dummy tabindex="0" aria-hidden="true"></div></main></body></html>`;

  it('names each serious finding with where it was, and the tabster sentinels not', async () => {
    const page = await newPage(browser);
    await page.setContent(flawed);
    const findings = await seriousAccessibilityViolations(page, 'prov');
    expect(findings.map((finding) => finding.split(':')[1]?.trim().split(' ')[0]).sort()).toEqual([
      'color-contrast',
      'image-alt',
    ]);
    expect(findings.every((finding) => finding.startsWith('prov: '))).toBe(true);
    // Asked again on the same page (axe is put in once), and for the colour rules alone.
    expect(await seriousAccessibilityViolations(page, 'prov', ['color-contrast'])).toHaveLength(1);
    await page.context().close();
  });
});
