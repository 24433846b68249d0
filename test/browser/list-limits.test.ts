import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumMissing, describedText, newPage, seriousAccessibilityViolations } from '../support/browser.js';
import { tabInBrowser } from '../support/tab-in-browser.js';
import { personas } from '../support/personas.js';
import { actorsMax } from '../../api/domain/organisation.js';

const tab = tabInBrowser('2026-11-24T09:00:00+01:00');

/** Clicks `add` until the list has `rows` rows (`row` counts them). */
async function fill(add: Locator, row: Locator, rows: number): Promise<void> {
  for (let count = await row.count(); count < rows; count += 1) await add.click();
  expect(await row.count()).toBe(rows);
}

/** The button stays in the tab order but adds nothing, and the sentence under it says why. */
async function full(page: Page, add: Locator, row: Locator, sentence: string): Promise<void> {
  expect(await add.getAttribute('aria-disabled')).toBe('true');
  expect(await describedText(add)).toContain(sentence);
  const before = await row.count();
  await add.click({ force: true });
  await add.focus();
  await page.keyboard.press('Enter');
  expect(await row.count()).toBe(before);
}

describe.skipIf(chromiumMissing)('a list in the tab stops where the service does, and says so', () => {
  it('in the November report: 20 observations, 20 proposals, then again after a row goes', {
    timeout: 90_000,
  }, async () => {
    const page = await tab.open('rapporter', 'Alex Wilber');
    const form = page.locator('form');
    const add = form.getByRole('button', { name: 'Lägg till iakttagelse' });
    const descriptions = form.getByRole('textbox', { name: 'Beskrivning' });
    await fill(add, descriptions, 20);
    await full(
      page,
      add,
      descriptions,
      'Listan rymmer högst 20 iakttagelser. Ta bort en rad för att lägga till en ny.',
    );
    expect(await seriousAccessibilityViolations(page, 'report with a full list')).toEqual([]);
    await form.getByRole('button', { name: 'Ta bort iakttagelse 20' }).click();
    expect(await add.getAttribute('aria-disabled')).not.toBe('true');
    await expect.poll(() => form.getByText('Listan rymmer högst 20 iakttagelser').count()).toBe(0);
    await add.click();
    expect(await descriptions.count()).toBe(20);

    const addProposal = form.getByRole('button', { name: 'Lägg till förslag' });
    const proposals = form.getByRole('textbox', { name: /^Förslag \d+$/ });
    await fill(addProposal, proposals, 20);
    await full(page, addProposal, proposals, 'Listan rymmer högst 20 förslag.');
    await page.context().close();
  });

  it('in the action plan’s parts, at 320 px in the contrast theme', { timeout: 90_000 }, async () => {
    const page = await newPage(tab.browser, { width: 320, height: 800 });
    page.setDefaultTimeout(30_000);
    await page.goto(`${tab.server.url}/?theme=contrast#/atgardsplan/2027`);
    await page.getByRole('button', { name: /Karin Ek/ }).click();
    await page.getByRole('button', { name: 'Påbörja en tom plan' }).click();
    const one = page.getByRole('region', { name: /^Del 1\./ });
    const add = one.getByRole('button', { name: 'Lägg till skyddsfaktor' });
    const factors = one.getByRole('textbox', { name: 'Skyddsfaktor' });
    await fill(add, factors, 50);
    await full(page, add, factors, 'Listan rymmer högst 50 skyddsfaktorer.');
    await add.scrollIntoViewIfNeeded();
    if (process.env.SHOT) await page.screenshot({ path: process.env.SHOT });
    expect(await seriousAccessibilityViolations(page, 'full list at 320 px, contrast')).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.context().close();
  });

  it('in Inställningar’s actors, in the dark theme: the add button says the list is full', {
    timeout: 90_000,
  }, async () => {
    const chief = { 'X-Dev-Persona': personas.securityChief, 'Content-Type': 'application/json' };
    const actors = async () =>
      (
        (await (await fetch(`${tab.server.url}/api/actors`, { headers: chief })).json()) as {
          actors: { id: string; etag: string; name: string }[];
        }
      ).actors;
    const added: string[] = [];
    for (let n = (await actors()).length; n < actorsMax; n += 1) {
      const name = `Förening ${n}`;
      const created = await fetch(`${tab.server.url}/api/actors`, {
        method: 'POST',
        headers: chief,
        body: JSON.stringify({ name, kind: 'civilSociety' }),
      });
      expect(created.status).toBe(201);
      added.push(name);
    }
    try {
      const page = await newPage(tab.browser);
      await page.goto(`${tab.server.url}/?theme=dark#/installningar`);
      await page.getByRole('button', { name: /Karin Ek/ }).click();
      const section = page.getByRole('region', { name: 'Aktörer' });
      const add = section.getByRole('button', { name: 'Lägg till aktör' });
      await add.waitFor();
      const rows = section.getByRole('table').getByRole('row');
      await rows.nth(actorsMax).waitFor();
      expect(await add.getAttribute('aria-disabled')).toBe('true');
      expect(await describedText(add)).toContain('Listan rymmer högst 100 aktörer.');
      await add.click({ force: true });
      expect(await page.getByRole('dialog').count()).toBe(0);
      expect(await rows.count()).toBe(actorsMax + 1);
      expect(await seriousAccessibilityViolations(page, 'full actor list, dark')).toEqual([]);
      await page.context().close();
    } finally {
      for (const actor of (await actors()).filter((a) => added.includes(a.name)))
        await fetch(`${tab.server.url}/api/actors/${actor.id}`, {
          method: 'DELETE',
          headers: { ...chief, 'If-Match': actor.etag },
        });
    }
  });
});
