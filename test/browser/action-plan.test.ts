import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumMissing, newPage, seriousAccessibilityViolations } from '../support/browser.js';
import { tabInBrowser } from '../support/tab-in-browser.js';

const tab = tabInBrowser('2026-11-24T09:00:00+01:00');

async function openPlan(year: number): Promise<Page> {
  const page = await newPage(tab.browser);
  page.setDefaultTimeout(15_000);
  await page.goto(`${tab.server.url}/#/atgardsplan/${year}`);
  await page.getByRole('button', { name: /Karin Ek/ }).click();
  await page.getByRole('heading', { level: 2, name: `Åtgärdsplan ${year}` }).waitFor();
  return page;
}

const part = (page: Page, n: number) => page.getByRole('region', { name: new RegExp(`^Del ${n}\\.`) });
const saved = (page: Page, n: number) => part(page, n).getByRole('status').filter({ hasText: 'Sparat' }).waitFor();

describe.skipIf(chromiumMissing)('the action plan in the tab', () => {
  it('lets the säkerhetschef write all four parts, see it complete, record the KS decision, and then refuses edits', {
    timeout: 120_000,
  }, async () => {
    const page = await openPlan(2027);
    await page.getByRole('button', { name: 'Påbörja en tom plan' }).click();
    await page.getByText('Del 1 saknar problembild.').waitFor();
    expect(await seriousAccessibilityViolations(page, 'empty plan')).toEqual([]);

    const one = part(page, 1);
    await one.getByRole('button', { name: 'Lägg till problem' }).click();
    await one.getByRole('textbox', { name: 'Problem' }).fill('Skadegörelse vid resecentrum');
    await one.getByRole('checkbox', { name: 'Problembild per område och kategori' }).check();
    await one.getByRole('button', { name: 'Lägg till skyddsfaktor' }).click();
    await one.getByRole('textbox', { name: 'Skyddsfaktor' }).fill('Meningsfull fritid');
    await one
      .getByRole('textbox', { name: /arbetar kommunen kontinuerligt/ })
      .fill('Fritidsgården har öppet fredagar.');
    await saved(page, 1);
    expect(await one.getByRole('link', { name: /Problembild per område och kategori/ }).getAttribute('href')).toBe(
      '#/lagesbild/arlig/2026/problemPicture',
    );

    const two = part(page, 2);
    await two.getByRole('button', { name: 'Lägg till varningstecken' }).click();
    await two
      .getByRole('combobox', { name: 'Verksamhet' })
      .selectOption({ label: 'Barn- och utbildningsförvaltningen' });
    await two.getByRole('textbox', { name: 'Tidigt varningstecken' }).fill('Ökande frånvaro');
    await two
      .getByRole('textbox', { name: 'Åtgärd vid tecknet' })
      .fill('Samtal med elev och vårdnadshavare inom en vecka');
    await saved(page, 2);

    const three = part(page, 3);
    await three.getByRole('button', { name: 'Lägg till samordning' }).click();
    await three.getByRole('textbox', { name: /Vilka samordnar/ }).fill('Polis och socialtjänst');
    await saved(page, 3);

    // A second window, opened now, still holds the draft it read.
    const other = await openPlan(2027);
    await part(page, 3)
      .getByRole('textbox', { name: 'Hur samordningen går till' })
      .fill('Möte inom två dagar efter brottet.');
    await saved(page, 3);
    await part(other, 3).getByRole('textbox', { name: 'Hur samordningen går till' }).fill('Något annat');
    await other.getByText('Någon annan har ändrat det här').waitFor();
    await other.getByRole('button', { name: 'Använd deras version' }).click();
    expect(await part(other, 3).getByRole('textbox', { name: 'Hur samordningen går till' }).inputValue()).toBe(
      'Möte inom två dagar efter brottet.',
    );

    const four = part(page, 4);
    await four.getByRole('button', { name: 'Lägg till åtgärd' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Åtgärd' }).fill('Nattvandring varje fredag');
    await dialog.getByRole('combobox', { name: 'Del' }).selectOption('4');
    await dialog.getByRole('combobox', { name: 'Ansvarig' }).selectOption({ label: 'Nattvandrarna Askersund' });
    await dialog.getByRole('checkbox', { name: 'Skadegörelse vid resecentrum' }).check();
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await page.getByText('Åtgärden ”Nattvandring varje fredag” saknar indikator.').waitFor();
    await four.getByRole('button', { name: 'Ändra ”Nattvandring varje fredag”' }).click();
    await dialog.getByRole('textbox', { name: 'Indikator' }).fill('Antal kvällar');
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await page.getByText('Planen är komplett och kan gå till beslut.').waitFor();
    // The action says what it answers, and Brå's light with its word beside the status.
    const row = four.getByRole('row', { name: /Nattvandring varje fredag/ });
    expect(await row.getByRole('cell').nth(1).textContent()).toBe('Skadegörelse vid resecentrum');
    await row.getByText('Inte startad eller stoppad').waitFor();
    // The closed dialog hands the page back to assistive technology once its exit has run.
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await page.locator('#root:not([aria-hidden])').waitFor();
    expect(await seriousAccessibilityViolations(page, 'complete plan')).toEqual([]);

    await page.getByRole('button', { name: 'Klar för beslut' }).click();
    await page.getByRole('textbox', { name: 'Sammanträdesdatum' }).fill('2026-11-23');
    await page.getByRole('textbox', { name: 'Paragraf (§)' }).fill('45');
    await page.getByRole('button', { name: 'Registrera KS beslut' }).click();
    await page.getByText('Beslutad av kommunstyrelsen 23 november 2026, § 45.').waitFor();
    // The decided plan reads as a document: its text under headings, no fields left.
    await part(page, 1).getByRole('heading', { name: 'Skadegörelse vid resecentrum' }).waitFor();
    expect(await part(page, 1).getByRole('textbox').count()).toBe(0);
    await page
      .getByText(/Planen är beslutad och låst/)
      .first()
      .waitFor();

    // The window that still shows the draft tries to change it and is told why not.
    await part(other, 1).getByRole('textbox', { name: 'Skyddsfaktor' }).fill('Något nytt');
    await other.getByText(/Åtgärdsplanen för 2027 är beslutad \(KS 2026-11-23, § 45\) och kan inte ändras/).waitFor();

    await page.getByRole('button', { name: 'Spara som Word-dokument för KS' }).click();
    await page.getByText('Word-dokumentet är sparat i biblioteket Åtgärdsplaner som version 1.0.').waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Åtgärdsplan 2027' }).waitFor();
    await part(page, 1).getByRole('heading', { name: 'Skadegörelse vid resecentrum' }).waitFor();
    expect(await part(page, 1).textContent()).toContain('Fritidsgården har öppet fredagar.');
    expect(await part(page, 3).textContent()).toContain('Möte inom två dagar efter brottet.');
    expect(await seriousAccessibilityViolations(page, 'decided plan')).toEqual([]);
    await page.context().close();
    await other.context().close();
  });
});
