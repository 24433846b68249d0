import type { Locator, Page } from 'playwright-core';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { chooseFile, chromiumMissing, newPage, seriousAccessibilityViolations } from '../support/browser.js';
import { as, personas } from '../support/personas.js';
import { tabInBrowser } from '../support/tab-in-browser.js';

const tab = tabInBrowser('2026-11-24T09:00:00+01:00');
/** A valid personal identity number, spaced as people paste it: every free-text field refuses it. */
const withNumber = 'Se ärendet för 19121212 - 1212';

/**
 * A refused save in a form the person sees whole: the summary opens with the tab's sentence, each problem is a
 * link to its field (one no field shows would say its JSON path), and each field named is invalid.
 */
async function refusedBesideFields(page: Page, fields: Locator[]): Promise<void> {
  const summary = page.getByRole('alert').filter({ hasText: 'Det sparades inte. Rätta det som är markerat:' });
  await summary.waitFor();
  expect(await summary.textContent()).not.toMatch(/Ogiltigt värde|content\.|\.\d+\./);
  for (const field of fields) expect(await field.getAttribute('aria-invalid')).toBe('true');
  expect(await summary.getByRole('button').count()).toBe(fields.length);
}

describe.skipIf(chromiumMissing)('a refused save names every field beside it, not by its JSON name', () => {
  it('in the November report: an observation’s description and an action’s comment', { timeout: 60_000 }, async () => {
    const page = await tab.open('rapporter', 'Alex Wilber');
    const form = page.locator('form');
    await form.getByRole('button', { name: 'Lägg till iakttagelse' }).click();
    await form.getByRole('combobox', { name: 'Område eller plats' }).fill('Stationsområdet');
    await form.getByRole('combobox', { name: 'Kategori' }).selectOption({ label: 'Otrygg plats' });
    const description = form.getByRole('textbox', { name: 'Beskrivning' });
    await description.fill(withNumber);
    const [action, other] = [0, 1].map((n) => form.getByRole('group', { name: /SSPF|Föräldrastöd/ }).nth(n));
    await action!.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Pågår' });
    await other!.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Genomförd' });
    const comment = action!.getByRole('textbox', { name: 'Kommentar' });
    await comment.fill(withNumber);
    await form.getByRole('button', { name: 'Spara utkast' }).click();
    await refusedBesideFields(page, [description, comment]);
    // A status changed after the refusal leaves the message with its comment, not the other action's.
    await other!.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Pågår' });
    expect(await comment.getAttribute('aria-invalid')).toBe('true');
    expect(await other!.getByRole('textbox', { name: 'Kommentar' }).getAttribute('aria-invalid')).not.toBe('true');
    await page.context().close();
  });

  it('in the November report, drops a refusal when a row above it is removed', { timeout: 60_000 }, async () => {
    const page = await tab.open('rapporter', 'Alex Wilber');
    const form = page.locator('form');
    for (const [index, text] of ['Lugnt på torget', withNumber, 'Klotter vid skolan'].entries()) {
      await form.getByRole('button', { name: 'Lägg till iakttagelse' }).click();
      await form
        .getByRole('combobox', { name: 'Område eller plats' })
        .nth(index)
        .fill(`Plats ${index + 1}`);
      await form.getByRole('combobox', { name: 'Kategori' }).nth(index).selectOption({ label: 'Klotter' });
      await form.getByRole('textbox', { name: 'Beskrivning' }).nth(index).fill(text);
    }
    await form.getByRole('button', { name: 'Spara utkast' }).click();
    const descriptions = form.getByRole('textbox', { name: 'Beskrivning' });
    await expect.poll(() => descriptions.nth(1).getAttribute('aria-invalid')).toBe('true');
    // The first row goes: the refused one moves up, and the message must not stay with the row now second.
    await form.getByRole('button', { name: 'Ta bort iakttagelse 1' }).click();
    expect(await descriptions.nth(1).inputValue()).toBe('Klotter vid skolan');
    expect(await descriptions.nth(1).getAttribute('aria-invalid')).not.toBe('true');
    await page.context().close();
  });

  it('in the council’s minutes and agenda, also after a row above the refused one goes', {
    timeout: 60_000,
  }, async () => {
    const chief = as(personas.securityChief);
    const actors = (await request(tab.server.url).get('/api/actors').set(chief).expect(200)).body.actors;
    await request(tab.server.url)
      .post('/api/councils/2026')
      .set(chief)
      .send({ date: '2026-12-10', invitedActorIds: [actors[0].id] })
      .expect(201);
    const page = await tab.open('strategiskt-rad/protokoll', 'Karin Ek');
    await page.getByRole('heading', { name: 'Protokoll från rådet 2026' }).waitFor();
    for (const [index, text] of ['Rådet ställer sig bakom lägesbilden', withNumber, 'Nästa råd i juni'].entries()) {
      await page.getByRole('button', { name: 'Lägg till beslut' }).click();
      await page.getByRole('textbox', { name: `Beslut ${index + 1}` }).fill(text);
    }
    const decision = page.getByRole('textbox', { name: 'Beslut 2' });
    await page.getByRole('button', { name: 'Lägg till åtagande' }).click();
    const what = page.getByRole('textbox', { name: 'Vad, åtagande 1' });
    await what.fill(withNumber);
    const notes = page.getByRole('textbox', { name: 'Övrigt' });
    await notes.fill(withNumber);
    await page.getByRole('button', { name: 'Spara protokollet' }).click();
    await refusedBesideFields(page, [decision, what, notes]);
    // The first decision goes: the third moves up into the refused one's place, and no message moves with it.
    await page.getByRole('button', { name: 'Ta bort beslut 1' }).click();
    expect(await decision.inputValue()).toBe('Nästa råd i juni');
    expect(await decision.getAttribute('aria-invalid')).not.toBe('true');

    // The agenda alike: three items added after the plan's five, the middle one refused, the first removed.
    await page.getByRole('tab', { name: 'Dagordning' }).click();
    for (const title of ['Nattvandrarna', withNumber, 'Räddningstjänsten']) {
      await page.getByRole('button', { name: 'Lägg till punkt' }).click();
      await page
        .getByRole('region', { name: /^\d+\. Tillagd punkt$/ })
        .getByLabel('Rubrik')
        .fill(title);
    }
    await page.getByRole('button', { name: 'Spara dagordningen' }).click();
    const refusedTitle = page.getByRole('region', { name: /^7\. / }).getByLabel('Rubrik');
    await expect.poll(() => refusedTitle.getAttribute('aria-invalid')).toBe('true');
    await page.getByRole('button', { name: 'Ta bort punkten Nattvandrarna' }).click();
    const movedUp = page.getByRole('region', { name: /^7\. / }).getByLabel('Rubrik');
    expect(await movedUp.inputValue()).toBe('Räddningstjänsten');
    expect(await movedUp.getAttribute('aria-invalid')).not.toBe('true');
    await page.context().close();
  });

  it('in the lägesbild’s categories, also after a category above the refused one goes', {
    timeout: 60_000,
  }, async () => {
    const page = await tab.open('installningar', 'Karin Ek');
    const section = page.getByRole('region', { name: 'Kategorier i lägesbilden' });
    const names = section.getByRole('textbox', { name: 'Namn (svenska)' });
    await names.first().waitFor();
    const before = await names.count();
    for (const name of ['Fyrverkerier', withNumber, 'Båtstölder']) {
      await section.getByRole('button', { name: 'Lägg till kategori' }).click();
      await names.nth((await names.count()) - 1).fill(name);
    }
    await section.getByRole('button', { name: 'Spara kategorierna' }).click();
    await expect.poll(() => names.nth(before + 1).getAttribute('aria-invalid')).toBe('true');
    // The name and the id made from it are both refused: the summary says it once, at the name.
    expect(await section.getByRole('alert').first().textContent()).not.toContain('categories.');
    await section.getByRole('button', { name: 'Ta bort kategorin Fyrverkerier' }).click();
    expect(await names.nth(before + 1).inputValue()).toBe('Båtstölder');
    expect(await names.nth(before + 1).getAttribute('aria-invalid')).not.toBe('true');
    await page.context().close();
  });

  it('in the import’s mapping: a category removed while the person mapped the file’s words to it', {
    timeout: 60_000,
  }, async () => {
    const chief = as(personas.securityChief);
    const categories = async () => (await request(tab.server.url).get('/api/situation/categories').set(chief)).body;
    const putCategories = async (change: (list: { id: string }[]) => { id: string }[]) => {
      const { etag, categories: list } = await categories();
      await request(tab.server.url)
        .put('/api/situation/categories')
        .set(chief)
        .set('If-Match', etag)
        .send({ categories: change(list) })
        .expect(200);
    };
    await putCategories((list) => [...list, { id: 'mopeder', sv: 'Mopeder' } as { id: string }]);
    const page = await tab.open('lagesbild/import', 'Karin Ek');
    await chooseFile(page.getByRole('button', { name: 'Fil att importera (CSV, XLSX eller JSON) Välj fil' }), {
      name: 'est-mopeder.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('Datum;Plats;Händelsetyp\n2026-08-01;Torget;Mopedåkning\n'),
    });
    const word = page.getByRole('combobox', { name: 'Blir: Mopedåkning' });
    await word.selectOption({ label: 'Mopeder' });
    await putCategories((list) => list.filter((category) => category.id !== 'mopeder'));
    await page.getByRole('button', { name: 'Importera', exact: true }).click();
    await refusedBesideFields(page, [word]);
    expect(await page.getByRole('alert').first().textContent()).not.toContain('mapping.');
    await page.context().close();
  });

  for (const theme of ['dark', 'contrast'] as const)
    it(`reads the summary and the fields’ messages in the ${theme} theme`, { timeout: 60_000 }, async () => {
      const page = await newPage(tab.browser);
      await page.goto(`${tab.server.url}/?theme=${theme}#/lagesbild/poster`);
      await page.getByRole('button', { name: /Karin Ek/ }).click();
      await page.getByRole('button', { name: 'Ny post' }).click();
      const dialog = page.getByRole('dialog', { name: 'Ny post' });
      await dialog.getByRole('combobox', { name: 'Område eller plats' }).fill(withNumber);
      await dialog.getByRole('combobox', { name: 'Kategori' }).selectOption({ label: 'Klotter' });
      const description = dialog.getByRole('textbox', { name: 'Beskrivning' });
      await description.fill(withNumber);
      await dialog.getByRole('button', { name: 'Spara', exact: true }).click();
      await refusedBesideFields(page, [dialog.getByRole('combobox', { name: 'Område eller plats' }), description]);
      expect(
        await seriousAccessibilityViolations(page, `refused entry (${theme})`, [
          'color-contrast',
          'link-in-text-block',
        ]),
      ).toEqual([]);
      await page.context().close();
    });
});
