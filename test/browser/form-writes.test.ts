import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { chromiumMissing, seriousAccessibilityViolations } from '../support/browser.js';
import { as, personas } from '../support/personas.js';
import { tabInBrowser } from '../support/tab-in-browser.js';

const tab = tabInBrowser('2026-11-24T09:00:00+01:00');

/** How many entries of the lägesbild are at `area`, as the service has them. */
async function entriesAt(area: string): Promise<number> {
  const answer = await request(tab.server.url)
    .get('/api/situation/entries')
    .query({ area })
    .set(as(personas.securityChief))
    .expect(200);
  return answer.body.total;
}

describe.skipIf(chromiumMissing)('what a person writes in a form', () => {
  it('saves once: a double click or a second Enter while the first save is on its way adds nothing', {
    timeout: 60_000,
  }, async () => {
    const page = await tab.open('lagesbild/poster', 'Karin Ek');
    // The service answers slowly, as on a busy day, so the second click lands while the first is on its way.
    await page.route(/\/api\/situation\/entries$/, async (route) => {
      if (route.request().method() === 'POST') await new Promise((resolve) => setTimeout(resolve, 500));
      await route.fallback();
    });
    await page.getByRole('button', { name: 'Ny post' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('combobox', { name: 'Område eller plats' }).fill('Dubbelklickstorget');
    await dialog.getByRole('combobox', { name: 'Kategori' }).selectOption({ label: 'Klotter' });
    await dialog.getByRole('button', { name: 'Spara' }).dblclick();
    await dialog
      .getByRole('combobox', { name: 'Område eller plats' })
      .press('Enter')
      .catch(() => undefined);
    await dialog.waitFor({ state: 'detached' });
    expect(await entriesAt('Dubbelklickstorget')).toBe(1);
    await page.context().close();
  });

  it('saves one version when the button that makes a document is clicked twice', { timeout: 60_000 }, async () => {
    const page = await tab.open('lagesbild/kvartal', 'Karin Ek');
    await page.route(/\/api\/situation\/compilations\/\d+\/\d\/document$/, async (route) => {
      if (route.request().method() === 'POST') await new Promise((resolve) => setTimeout(resolve, 500));
      await route.fallback();
    });
    await page.getByRole('button', { name: 'Spara som Word-dokument i biblioteket Lägesbilder' }).dblclick();
    // The fourth quarter runs until 31 December: saved in November, the compilation is a draft.
    await page
      .getByText(
        'Sammanställningen är sparad som version 1.0 (ett utkast; kvartalet pågår till och med 2026-12-31, och årshjulets punkt blir klar när sammanställningen sparas efter det).',
      )
      .waitFor();
    const compilation = await request(tab.server.url)
      .get('/api/situation/compilations/2026/4')
      .set(as(personas.securityChief))
      .expect(200);
    expect(compilation.body.document.version).toBe('1.0');
    await page.context().close();
  });

  it('asks before closing a form someone has written in, and closes an untouched one at once', {
    timeout: 60_000,
  }, async () => {
    const page = await tab.open('lagesbild/poster', 'Karin Ek');
    await page.getByRole('button', { name: 'Ny post' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ny post' });
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });

    await page.getByRole('button', { name: 'Ny post' }).click();
    const description = dialog.getByRole('textbox', { name: 'Beskrivning' });
    await description.fill('Lång iakttagelse som inte får försvinna');
    await page.keyboard.press('Escape');
    await dialog.getByText('Stäng utan att spara? Det du har skrivit här sparas inte.').waitFor();
    const discard = dialog.getByRole('button', { name: 'Stäng utan att spara' });
    await expect.poll(() => discard.evaluate((button) => button === document.activeElement)).toBe(true);
    // A screen reader hears the question with the button that has focus.
    expect(
      await discard.evaluate(
        (button) => document.getElementById(button.getAttribute('aria-describedby') ?? '')?.textContent,
      ),
    ).toBe('Stäng utan att spara? Det du har skrivit här sparas inte.');
    expect(await seriousAccessibilityViolations(page, 'close without saving?')).toEqual([]);
    await dialog.getByRole('button', { name: 'Fortsätt skriva' }).click();
    expect(await description.inputValue()).toBe('Lång iakttagelse som inte får försvinna');
    await dialog.getByRole('button', { name: 'Avbryt' }).click();
    await discard.click();
    await dialog.waitFor({ state: 'detached' });
    await page.context().close();
  });

  it('says which field a refused save is about by its label, above the fields, at 320 px', {
    timeout: 60_000,
  }, async () => {
    const page = await tab.open('lagesbild/poster', 'Karin Ek');
    await page.setViewportSize({ width: 320, height: 800 });
    await page.getByRole('button', { name: 'Ny post' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ny post' });
    await dialog.getByRole('combobox', { name: 'Område eller plats' }).fill('Torget');
    await dialog.getByRole('combobox', { name: 'Kategori' }).selectOption({ label: 'Klotter' });
    const description = dialog.getByRole('textbox', { name: 'Beskrivning' });
    await description.fill('Lång iakttagelse. '.repeat(250));
    await dialog.getByRole('button', { name: 'Spara' }).click();
    const summary = dialog.getByRole('alert').filter({ has: page.getByRole('button') });
    const link = summary.getByRole('button', { name: 'Beskrivning: högst 4\u00a0000 tecken' });
    await link.waitFor();
    // The service's sentence names the field by its JSON name; the form says it as the person reads it.
    expect(await summary.textContent()).toMatch(/^Det sparades inte\. Rätta det som är markerat:/);
    expect(await summary.textContent()).not.toContain('description');
    // The summary keeps its height in the scrolling dialog: it ends above the first field's label.
    const summaryBox = (await summary.boundingBox())!;
    const firstLabel = (await dialog.locator('label', { hasText: /^Datum/ }).boundingBox())!;
    expect(summaryBox.y + summaryBox.height).toBeLessThanOrEqual(firstLabel.y);
    await link.click();
    await expect.poll(() => description.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await seriousAccessibilityViolations(page, 'refused save at 320 px')).toEqual([]);
    await page.context().close();
  });

  it('keeps a report draft over a reload, and offers the saved report when someone saved one meanwhile', {
    timeout: 60_000,
  }, async () => {
    const page = await tab.open('rapporter', 'Alex Wilber');
    const form = page.locator('form');
    const situation = form.getByRole('textbox', { name: /Förvaltningens lägesbild/ });
    await situation.fill('Skrivet i fliken, inte sparat');
    await page.reload();
    expect(await situation.inputValue()).toBe('Skrivet i fliken, inte sparat');

    // Meanwhile the head saves a draft from the bot's card (here: the API), so the tab's edits are out of date.
    const head = as(personas.socialHead);
    const departments = (await request(tab.server.url).get('/api/departments').set(head).expect(200)).body.departments;
    const social = departments.find((d: { name: string }) => d.name === 'Socialförvaltningen').id;
    await request(tab.server.url)
      .put(`/api/cycles/2026/reports/${social}`)
      .set(head)
      .send({
        content: { situation: 'Sparat från kortet', observations: [], actions: [], proposals: [] },
        submit: false,
      })
      .expect(200);
    await form.getByRole('button', { name: 'Spara utkast' }).click();
    const reloadSaved = form.getByRole('button', { name: /^Läs in den sparade rapporten/ });
    await reloadSaved.click();
    await expect.poll(() => situation.inputValue()).toBe('Sparat från kortet');
    await page.reload();
    expect(await situation.inputValue()).toBe('Sparat från kortet');
    await page.context().close();
  });
});
