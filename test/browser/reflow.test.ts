import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  chromiumMissing,
  newPage,
  seriousAccessibilityViolations,
  settled,
  trackRequests,
} from '../support/browser.js';
import { tabInBrowser } from '../support/tab-in-browser.js';

// WCAG 2.1 AA 1.4.10 Reflow: at 320 CSS px (Teams' side panel, the mobile client, 400 % zoom) nothing but
// tables and charts may need sideways scrolling, and they scroll inside their own region, not the page.
const tab = tabInBrowser('2026-11-24T09:00:00+01:00');

const widths = [320, 420, 1366];
/** The widths each person's views are opened at: the narrow ones for all, a desktop for the one who sees every area. */
const widthsFor = (person: string) => (person === 'Karin Ek' ? widths : widths.filter((width) => width < 1000));
/** The säkerhetschef (every area), a department head (no BOB, no council), the kommunsekreterare (a reader) and the police (a council member). */
const people = ['Karin Ek', 'Alex Wilber', 'Ulla Ström', 'Jonas Wik'];

const refused: string[] = [];

/** Signs in as `person` in a window `width` px wide; narrow, the menu is folded away, so the banner says we are in. */
async function signIn(person: string, width: number): Promise<Page> {
  const page = await newPage(tab.browser, { width, height: 800 });
  page.setDefaultTimeout(15_000);
  trackRequests(page);
  // Every view below also runs under the service's Content-Security-Policy: what it refuses is a failure.
  page.on('console', (message) => {
    if (/Content Security Policy/.test(message.text())) refused.push(message.text().slice(0, 200));
  });
  await page.goto(tab.server.url);
  await page.getByRole('button', { name: new RegExp(person) }).click();
  await page.getByRole('banner').getByText(person).waitFor();
  return page;
}

const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/** Table cells whose content runs out of them into the next column (a long Swedish compound in a fixed column). */
const spillingCells = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('main td, main th')]
      .filter((cell) => cell.scrollWidth > cell.clientWidth + 1)
      .map((cell) => (cell.textContent ?? '').slice(0, 40)),
  );

/** The areas this person's menu offers, read from the menu itself, and the accessibility statement from the footer. */
async function menuSlugs(page: Page): Promise<string[]> {
  const menuButton = page.getByRole('button', { name: 'Meny' });
  const folded = (await menuButton.count()) > 0 && (await menuButton.isVisible());
  if (folded) await menuButton.click();
  const hrefs = await page
    .getByRole('navigation', { name: 'Huvudmeny' })
    .getByRole('link')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  if (folded) await menuButton.click();
  return [...hrefs.map((href) => href.replace(/^#\//, '')), 'tillganglighet'];
}

describe.skipIf(chromiumMissing)('the tab at 320 and 420 px wide (WCAG 1.4.10 Reflow)', () => {
  for (const person of people) {
    it(`shows every view ${person} can reach without sideways scrolling`, { timeout: 180_000 }, async () => {
      const failures: string[] = [];
      let views = 0;
      for (const width of widthsFor(person)) {
        const page = await signIn(person, width);
        const slugs = await menuSlugs(page);
        expect(slugs).toContain('arshjul');
        for (const slug of slugs) {
          await page.goto(`${tab.server.url}/#/${slug}`);
          await page.getByRole('heading', { level: 1 }).waitFor();
          await settled(page);
          const over = await overflow(page);
          views++;
          if (over > 0) failures.push(`${person}, ${width} px, #/${slug}: ${over} px too wide`);
          for (const cell of await spillingCells(page))
            failures.push(`${person}, ${width} px, #/${slug}: "${cell}" runs out of its cell`);
          // An area of several pages (Lägesbild, Strategiskt råd, BOB): every page of it too.
          const tabs = page.getByRole('main').getByRole('tablist').first().getByRole('tab');
          const names = (await tabs.count()) > 0 ? (await tabs.allInnerTexts()).map((text) => text.trim()) : [];
          for (const [index, name] of names.entries()) {
            if (index === 0) continue; // the area's start, measured above
            await tabs.nth(index).click();
            await settled(page);
            const overPage = await overflow(page);
            views++;
            if (overPage > 0) failures.push(`${person}, ${width} px, #/${slug} › ${name}: ${overPage} px too wide`);
            for (const cell of await spillingCells(page))
              failures.push(`${person}, ${width} px, #/${slug} › ${name}: "${cell}" runs out of its cell`);
          }
        }
        await page.context().close();
      }
      expect(views).toBeGreaterThan(10);
      expect(failures).toEqual([]);
      expect(refused).toEqual([]);
    });
  }

  it('folds the menu behind a labelled button at 320 px, and the home view passes axe', {
    timeout: 60_000,
  }, async () => {
    const page = await signIn('Karin Ek', 320);
    const button = page.getByRole('banner').getByRole('button', { name: 'Meny' });
    const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
    await page.getByRole('heading', { name: 'Milstolpar i datumordning' }).waitFor();
    await settled(page);
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(await nav.isVisible()).toBe(false);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    expect(await seriousAccessibilityViolations(page, 'home at 320 px')).toEqual([]);

    await button.click();
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    await nav.waitFor();
    expect(await nav.getAttribute('id')).toBe(await button.getAttribute('aria-controls'));
    expect(await nav.getByRole('link').allTextContents()).toEqual([
      'Årshjul',
      'Rapporter',
      'Lägesbild',
      'Åtgärdsplan',
      'Strategiskt råd',
      'Rapport till KF',
      'BOB',
      'Inställningar',
    ]);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    expect(await seriousAccessibilityViolations(page, 'menu open at 320 px')).toEqual([]);

    // Choosing an area goes there and folds the menu again.
    await nav.getByRole('link', { name: 'Rapporter', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Rapporter' }).waitFor();
    await nav.waitFor({ state: 'hidden' });
    expect(await button.getAttribute('aria-expanded')).toBe('false');

    // Escape folds it too, and hands focus back to the button.
    await button.click();
    await nav.getByRole('link', { name: 'Årshjul', exact: true }).focus();
    await page.keyboard.press('Escape');
    await nav.waitFor({ state: 'hidden' });
    expect(await button.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.context().close();
  });

  it('keeps the header to two short lines at 320 px', async () => {
    const page = await signIn('Karin Ek', 320);
    const banner = page.getByRole('banner');
    expect((await banner.boundingBox())!.height).toBeLessThanOrEqual(100);
    // The two buttons show only their icons there, and are still named.
    await banner.getByRole('button', { name: 'In English' }).waitFor();
    await banner.getByRole('button', { name: 'Byt person' }).waitFor();
    expect(await seriousAccessibilityViolations(page, 'header at 320 px')).toEqual([]);
    await page.context().close();
  });

  it('opens every kind of dialog inside a 320 px window', { timeout: 90_000 }, async () => {
    const page = await signIn('Karin Ek', 320);
    const openers: [hash: string, button: string][] = [
      ['lagesbild/poster', 'Ny post'],
      ['atgardsplan/2027', 'Lägg till åtgärd'],
      ['strategiskt-rad/overenskommelser', 'Ny överenskommelse'],
      ['bob/moten', 'Nytt möte'],
      ['installningar', 'Lägg till förvaltning'],
      ['lagesbild/poster', 'Ta bort posten'],
    ];
    const failures: string[] = [];
    for (const [hash, name] of openers) {
      await page.goto(`${tab.server.url}/#/${hash}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await settled(page);
      // Next year's plan is begun here, so that it has actions to add.
      if (hash.startsWith('atgardsplan')) await page.getByRole('button', { name: 'Påbörja en tom plan' }).click();
      await page
        .getByRole('button', { name: new RegExp(`^${name}`) })
        .first()
        .click();
      const dialog = page.locator('[role="dialog"], [role="alertdialog"]').first();
      await dialog.waitFor();
      const box = (await dialog.boundingBox())!;
      if (box.x < 0 || box.x + box.width > 320)
        failures.push(`${name}: the dialog stands at ${box.x}–${box.x + box.width} px`);
      const inner = await dialog.evaluate((element) => element.scrollWidth - element.clientWidth);
      if (inner > 0) failures.push(`${name}: the dialog scrolls sideways by ${inner} px`);
      if ((await overflow(page)) > 0) failures.push(`${name}: the page scrolls sideways`);
      failures.push(...(await seriousAccessibilityViolations(page, `${name} dialog at 320 px`)));
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      await page.locator('#root:not([aria-hidden])').waitFor();
    }
    expect(failures).toEqual([]);
    await page.context().close();
  });

  it('keeps the side menu and shows no menu button when wide', async () => {
    const page = await newPage(tab.browser);
    await page.goto(tab.server.url);
    await page.getByRole('button', { name: /Karin Ek/ }).click();
    const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
    await nav.waitFor();
    expect(await page.getByRole('button', { name: 'Meny' }).count()).toBe(0);
    const box = (await nav.boundingBox())!;
    const main = (await page.getByRole('main').boundingBox())!;
    expect(box.x).toBe(0);
    expect(main.x).toBeGreaterThanOrEqual(box.x + box.width);
    await page.context().close();
  });
});
