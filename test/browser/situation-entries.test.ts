import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumMissing, launchChromium, newPage, seriousAccessibilityViolations } from '../support/browser.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  if (chromiumMissing) return;
  server = await startTestServer({ now: '2026-11-24T09:00:00+01:00' });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openEntries(name: string): Promise<Page> {
  const page = await newPage(browser);
  page.setDefaultTimeout(15_000);
  await page.goto(`${server.url}/#/lagesbild/poster`);
  await page.getByRole('button', { name: new RegExp(name) }).click();
  await page.getByRole('tab', { name: 'Poster', selected: true }).waitFor();
  return page;
}

describe.skipIf(chromiumMissing)('the lägesbild’s entries in the tab', () => {
  it('lets the säkerhetschef filter, add an entry (a personal identity number refused with the text kept), and mark it BOB', { timeout: 90_000 }, async () => {
    const page = await openEntries('Karin Ek');
    await page.getByRole('status').filter({ hasText: /Visar 50 av \d+ poster/ }).waitFor();
    expect(await seriousAccessibilityViolations(page, 'entries')).toEqual([]);

    const search = page.getByRole('search');
    await search.getByRole('combobox', { name: 'Kategori' }).selectOption({ label: 'Klotter' });
    await search.getByRole('textbox', { name: 'Område eller plats' }).fill('Hamnen');
    await search.getByRole('button', { name: 'Visa' }).click();
    await page.getByRole('status').filter({ hasText: /Visar \d+ av \d+ poster/ }).waitFor();
    const rows = page.getByRole('table', { name: 'Poster' }).getByRole('row');
    for (const text of await rows.allInnerTexts()) if (!text.startsWith('Datum')) expect(text).toMatch(/Hamnen\s+Klotter/);

    await page.getByRole('button', { name: 'Ny post' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Område eller plats' }).fill('Torget');
    await dialog.getByRole('combobox', { name: 'Kategori' }).selectOption({ label: 'Ordningsstörning' });
    await dialog.getByRole('textbox', { name: 'Beskrivning' }).fill('Bråk vid kiosken, gäller 19121212-1212');
    await dialog.getByRole('checkbox', { name: /BOB/ }).check();
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await dialog.getByText(/personnummer/).waitFor();
    expect(await dialog.getByRole('textbox', { name: 'Beskrivning' }).inputValue()).toBe('Bråk vid kiosken, gäller 19121212-1212');
    await dialog.getByRole('textbox', { name: 'Beskrivning' }).fill('Bråk vid kiosken sent på kvällen');
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await dialog.waitFor({ state: 'hidden' });

    await search.getByRole('button', { name: 'Rensa filter' }).click();
    await search.getByRole('searchbox', { name: 'Sök i texten' }).fill('kiosken');
    await search.getByRole('button', { name: 'Visa' }).click();
    await page.getByRole('status').filter({ hasText: 'Visar 1 av 1 poster' }).waitFor();
    await page.getByRole('table', { name: 'Poster' }).getByText('BOB', { exact: true }).waitFor();
    await page.context().close();

    const reader = await openEntries('Ulla Ström');
    await reader.getByRole('search').getByRole('searchbox', { name: 'Sök i texten' }).fill('kiosken');
    await reader.getByRole('search').getByRole('button', { name: 'Visa' }).click();
    await reader.getByText('Inga poster matchar. Ändra filtren eller lägg till en post.').waitFor();
    expect(await reader.getByRole('button', { name: 'Ny post' }).count()).toBe(0);
    await reader.context().close();
  });
});
