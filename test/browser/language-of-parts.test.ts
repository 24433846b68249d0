import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumMissing, newPage, settled, trackRequests } from '../support/browser.js';
import { tabInBrowser } from '../support/tab-in-browser.js';

// WCAG 2.1 AA 3.1.2 Language of Parts: in the English interface, what people wrote (the plan, entries, reports,
// minutes) and the names they gave (departments, actors, places, people's titles) is Swedish, and a screen reader
// must read it as Swedish. axe does not check this; this test does, by the letters only Swedish has here. An
// accessible name (aria-label) is one string with one language, so only text and fields' values are checked.
const tab = tabInBrowser('2026-11-24T09:00:00+01:00');

const pages = [
  'arshjul',
  'rapporter',
  'lagesbild/poster',
  'lagesbild/import',
  'lagesbild/kvartal',
  'lagesbild/arlig',
  'atgardsplan',
  'strategiskt-rad/planering',
  'strategiskt-rad/dagordning',
  'strategiskt-rad/protokoll',
  'strategiskt-rad/overenskommelser',
  'rapport-kf',
  'bob/moten',
  'bob/dokument',
  'bob/medlemmar',
  'installningar',
  'tillganglighet',
];

/** Names the English interface itself writes in Swedish, as proper names: Brå and the library Lägesbilder. */
const interfaceNames = /^(Brå|Lägesbilder)$/;

/** Text with å, ä or ö that no element marks as Swedish: each with its element, for the failure to name. */
function unmarkedSwedish(page: Page): Promise<string[]> {
  return page.evaluate((names) => {
    const swedishWord = /[\p{L}-]*[åäöÅÄÖ][\p{L}-]*/gu;
    const isSwedish = (element: Element) => element.closest('[lang]')?.getAttribute('lang') === 'sv';
    const needsMark = (text: string) => (text.match(swedishWord) ?? []).some((word) => !new RegExp(names).test(word));
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (!element || isSwedish(element) || !needsMark(node.textContent ?? '')) continue;
      // A picture (role img) is read by its name alone; its drawn text is not read.
      if (element.closest('[hidden], script, style, [role="img"]')) continue;
      found.push(`<${element.tagName.toLowerCase()}> ${(node.textContent ?? '').trim().slice(0, 80)}`);
    }
    // A field's value is read in the field's language.
    for (const field of document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea'))
      if (needsMark(field.value) && !isSwedish(field)) found.push(`<${field.tagName.toLowerCase()}> ${field.value}`);
    return found;
  }, interfaceNames.source);
}

async function inEnglish(person: string): Promise<Page> {
  const page = await newPage(tab.browser);
  page.setDefaultTimeout(15_000);
  trackRequests(page);
  await page.goto(tab.server.url);
  await page.evaluate(() => localStorage.setItem('trygghetshjulet.language', 'en'));
  await page.goto(tab.server.url);
  await page.getByRole('button', { name: new RegExp(person) }).click();
  await page.getByRole('navigation', { name: 'Main menu' }).waitFor();
  return page;
}

describe.skipIf(chromiumMissing)('Swedish text in the English interface', () => {
  // The säkerhetschef on every page; a department head (the report form) and the police (a council member) on
  // the pages that show them something of their own.
  const pagesOf: Record<string, string[]> = {
    'Karin Ek': pages,
    'Alex Wilber': ['arshjul', 'rapporter', 'lagesbild/poster'],
    'Jonas Wik': pages.filter((hash) => hash.startsWith('strategiskt-rad/')).concat('lagesbild/poster'),
  };
  for (const [person, hashes] of Object.entries(pagesOf)) {
    it(`is marked lang="sv" on the pages ${person} sees`, { timeout: 240_000 }, async () => {
      const page = await inEnglish(person);
      const unmarked: string[] = [];
      for (const hash of hashes) {
        await page.goto(`${tab.server.url}/#/${hash}`);
        await settled(page);
        unmarked.push(...(await unmarkedSwedish(page)).map((text) => `${hash}: ${text}`));
      }
      expect(unmarked).toEqual([]);
    });
  }

  it('is marked in the dialogs where people edit what they wrote', { timeout: 120_000 }, async () => {
    const page = await inEnglish('Karin Ek');
    const unmarked: string[] = [];
    // An entry, a BOB meeting and a department, each opened for a change: their fields hold what was written.
    const dialogs: [hash: string, button: RegExp][] = [
      ['lagesbild/poster', /^Change the entry /],
      ['bob/moten', /^Change /],
      ['installningar', /^Edit Socialförvaltningen/],
    ];
    for (const [hash, button] of dialogs) {
      await page.goto(`${tab.server.url}/#/${hash}`);
      await settled(page);
      await page.getByRole('button', { name: button }).first().click();
      await page.getByRole('dialog').waitFor();
      unmarked.push(...(await unmarkedSwedish(page)).map((text) => `${hash} (dialog): ${text}`));
      await page.keyboard.press('Escape');
      await page.getByRole('dialog').waitFor({ state: 'detached' });
    }
    expect(unmarked).toEqual([]);
  });

  it('is marked in what a page opens beside its list', { timeout: 120_000 }, async () => {
    const page = await inEnglish('Karin Ek');
    const unmarked: string[] = [];
    // A department's report as the säkerhetschef reads it, and the milestone of the reports with its departments.
    const opened: [hash: string, button: RegExp][] = [
      ['rapporter', /^Open the report from Socialförvaltningen$/],
      ['arshjul', /Department reports/],
    ];
    for (const [hash, button] of opened) {
      await page.goto(`${tab.server.url}/#/${hash}`);
      await settled(page);
      await page.getByRole('button', { name: button }).first().click();
      await settled(page);
      unmarked.push(...(await unmarkedSwedish(page)).map((text) => `${hash} (opened): ${text}`));
    }
    expect(unmarked).toEqual([]);
  });
});
