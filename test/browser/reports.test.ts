import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumMissing, newPage, registerFaststalld, seriousAccessibilityViolations } from '../support/browser.js';
import { as, personas } from '../support/personas.js';
import { tabInBrowser } from '../support/tab-in-browser.js';

const tab = tabInBrowser('2026-11-24T09:00:00+01:00');
/** The same year two days past the heads' deadline. */
const afterDeadline = tabInBrowser('2026-12-02T09:00:00+01:00');

async function openReports(name: string): Promise<Page> {
  const page = await newPage(tab.browser);
  await page.goto(`${tab.server.url}/#/rapporter`);
  await page.getByRole('button', { name: new RegExp(name) }).click();
  await page.getByRole('heading', { level: 1, name: 'Rapporter' }).waitFor();
  return page;
}

/** Socialförvaltningen's report submitted by its head, whether or not the test before did it through the tab. */
async function socialReportSubmitted(): Promise<void> {
  const head = { ...as(personas.socialHead), 'Content-Type': 'application/json' };
  const { departments } = (await (await fetch(`${tab.server.url}/api/departments`, { headers: head })).json()) as {
    departments: { id: string; name: string }[];
  };
  const social = departments.find((d) => d.name === 'Socialförvaltningen')!.id;
  const address = `${tab.server.url}/api/cycles/2026/reports/${social}`;
  const form = (await (await fetch(address, { headers: head })).json()) as {
    status: string;
    etag: string | null;
    actions: { id: string }[];
  };
  if (form.status === 'submitted') return;
  const content = {
    situation: 'Fler orosanmälningar om unga kring stationen under hösten.',
    observations: [],
    actions: form.actions.map((a) => ({ actionId: a.id, progress: 'done', comment: '' })),
    proposals: [],
  };
  const saved = await fetch(address, {
    method: 'PUT',
    headers: { ...head, ...(form.etag ? { 'If-Match': form.etag } : {}) },
    body: JSON.stringify({ content, submit: true }),
  });
  expect(saved.status).toBe(200);
}

describe.skipIf(chromiumMissing)('the November report in the tab', () => {
  it('lets a department head fill in and submit the report, with errors beside the fields', async () => {
    const page = await openReports('Alex Wilber');
    const form = page.locator('form');
    await form.getByRole('heading', { name: 'Rapport från Socialförvaltningen' }).waitFor();
    expect(await seriousAccessibilityViolations(page, 'report form')).toEqual([]);
    // 24 November: the deadline is ahead, so nothing says late.
    expect(await form.getByText('Sista dagen var').count()).toBe(0);

    await form.getByRole('button', { name: 'Lämna in' }).click();
    // The refusal takes focus at the top of the form, listing what to fix; each field says it too.
    const summary = page.getByRole('alert').filter({ hasText: 'beskriv förvaltningens lägesbild' }).first();
    await summary.waitFor();
    expect(await summary.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await form.getByRole('textbox', { name: /Förvaltningens lägesbild/ }).getAttribute('aria-invalid')).toBe(
      'true',
    );

    await form
      .getByRole('textbox', { name: /Förvaltningens lägesbild/ })
      .fill('Fler orosanmälningar om unga kring stationen under hösten.');
    // Away to another area and back before saving: what was written is still there.
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Årshjul' }).click();
    await page.getByRole('heading', { level: 1, name: 'Årshjul' }).waitFor();
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Rapporter' }).click();
    expect(await form.getByRole('textbox', { name: /Förvaltningens lägesbild/ }).inputValue()).toBe(
      'Fler orosanmälningar om unga kring stationen under hösten.',
    );
    await form.getByRole('button', { name: 'Lägg till iakttagelse' }).click();
    await form.getByRole('combobox', { name: 'Område eller plats' }).fill('Stationsområdet');
    await form.getByRole('combobox', { name: 'Kategori' }).selectOption({ label: 'Otrygg plats' });
    await form.getByRole('checkbox', { name: 'Ny typ av händelse eller fenomen' }).check();
    // A kind the list lacks: "Annat – beskriv" asks for the head's own word, which is kept.
    await form.getByRole('button', { name: 'Lägg till iakttagelse' }).click();
    await form.getByRole('combobox', { name: 'Område eller plats' }).nth(1).fill('Sjön');
    await form.getByRole('combobox', { name: 'Kategori' }).nth(1).selectOption({ label: 'Annat – beskriv' });
    await form.getByRole('textbox', { name: /Annan kategori, med egna ord/ }).fill('Snöskoter på isen');
    const actionGroups = form.getByRole('group', { name: /SSPF|Föräldrastöd/ });
    expect(await actionGroups.count()).toBe(2);
    await form.getByRole('button', { name: 'Lämna in' }).click();
    await page.getByText('Ange status för varje åtgärd').first().waitFor();

    for (let i = 0; i < 2; i += 1)
      await actionGroups
        .nth(i)
        .getByRole('combobox', { name: 'Status' })
        .selectOption({ label: i === 0 ? 'Genomförd' : 'Pågår' });
    await form.getByRole('button', { name: 'Lägg till förslag' }).click();
    await form.getByRole('textbox', { name: 'Förslag 1' }).fill('Fältassistenter fredagskvällar');
    await form.getByRole('button', { name: 'Lämna in' }).click();
    await page
      .getByText(/Inlämnad 24 november 2026 .* av Alex Wilber/)
      .first()
      .waitFor();

    await page.reload();
    await page.locator('form').getByRole('heading', { name: 'Rapport från Socialförvaltningen' }).waitFor();
    expect(await page.locator('form').getByRole('textbox', { name: 'Förslag 1' }).inputValue()).toBe(
      'Fältassistenter fredagskvällar',
    );
    expect(
      await page
        .locator('form')
        .getByRole('textbox', { name: /Annan kategori, med egna ord/ })
        .inputValue(),
    ).toBe('Snöskoter på isen');

    // A refused re-submission cannot pass for a success: the earlier receipt goes, the summary takes focus, the status line says so.
    const again = page.locator('form');
    await again.getByText(/Inlämnad 24 november 2026/).waitFor();
    await again
      .getByRole('textbox', { name: /Förvaltningens lägesbild/ })
      .fill('Orosanmälan om barnet med personnummer 19121212-1212.');
    await again.getByRole('button', { name: 'Lämna in' }).click();
    const refusal = page
      .getByRole('alert')
      .filter({ hasText: /personnummer/ })
      .first();
    await expect
      .poll(() =>
        refusal.evaluate(
          (element) =>
            element.closest('[tabindex="-1"]') === document.activeElement || element === document.activeElement,
        ),
      )
      .toBe(true);
    expect(await again.getByText(/Inlämnad 24 november 2026/).count()).toBe(0);
    expect(await again.getByRole('status').textContent()).toBe(
      'Rapporten lämnades inte in. Rätta det som står överst och lämna in igen.',
    );
    await page.context().close();
  });

  it('shows the säkerhetschef every department’s status and the submitted report, read-only', async () => {
    await socialReportSubmitted();
    const page = await openReports('Karin Ek');
    const table = page.getByRole('table', { name: 'Förvaltningarnas status' });
    await table.waitFor();
    expect(await table.getByRole('row').count()).toBe(8);
    expect(await table.getByRole('row', { name: /Socialförvaltningen/ }).textContent()).toContain('Inlämnad');
    expect(await table.getByRole('row', { name: /Folkhälsoteamet/ }).textContent()).toContain('Inte påbörjad');
    // No head has opened the app in Teams here, and no reminder has waited yet: the headline says so alone.
    expect(await table.getByRole('row', { name: /Folkhälsoteamet/ }).textContent()).toContain(
      'Nej – chefen har inte installerat appen',
    );
    expect(await seriousAccessibilityViolations(page, 'report overview')).toEqual([]);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Exportera alla rapporter (Word)' }).click();
    // A same-origin link with a ticket, never a blob URL (new Teams lets only the first blob download through).
    expect((await download).url()).toMatch(/\/api\/cycles\/2026\/reports\.docx\?dl=[\w-]+\.[\w-]+$/);
    expect((await download).suggestedFilename()).toBe('forvaltningsrapporter-askersund-2026.docx');
    // Kept in the library and registered as fastställd, the compiled reports get no new version.
    const save = page.getByRole('button', { name: 'Spara som Word-dokument i biblioteket Förvaltningsrapporter' });
    await save.click();
    await page
      .getByText('Förvaltningsrapporterna är sparade i biblioteket Förvaltningsrapporter som version 1.0.')
      .waitFor();
    await registerFaststalld(page, 'Förvaltningsrapporter 2026.docx', { iso: '2026-11-24', shown: '24 november 2026' });
    expect(await save.count()).toBe(0);
    await page.getByRole('button', { name: 'Öppna rapporten från Socialförvaltningen' }).click();
    const form = page.locator('form');
    await form.getByRole('heading', { name: 'Rapport från Socialförvaltningen' }).waitFor();
    // The säkerhetschef reads the report as a document: headings, text and tables, no fields.
    await form.getByRole('heading', { name: 'Förvaltningens lägesbild' }).waitFor();
    expect(await form.textContent()).toContain('orosanmälningar');
    expect(await form.getByRole('textbox').count()).toBe(0);
    expect(await form.getByRole('combobox').count()).toBe(0);
    await form.getByRole('table', { name: 'Åtgärder i årets åtgärdsplan' }).waitFor();
    expect(await form.getByRole('button', { name: 'Lämna in' }).count()).toBe(0);
    expect(await seriousAccessibilityViolations(page, 'report read view')).toEqual([]);
    await page.context().close();
  });
});

describe.skipIf(chromiumMissing)('a report not in by the deadline', () => {
  it('tells the head it is late, by the service’s date, above a form still open to submit', async () => {
    const page = await afterDeadline.open('rapporter', 'Alex Wilber');
    const form = page.locator('form');
    await form.getByRole('heading', { name: 'Rapport från Socialförvaltningen' }).waitFor();
    const late = form.getByText('Sista dagen var 30 november 2026. Lämna in rapporten så snart du kan');
    await late.waitFor();
    expect(await form.getByRole('button', { name: 'Lämna in' }).isEnabled()).toBe(true);
    expect(await seriousAccessibilityViolations(page, 'late report form')).toEqual([]);
    await page.context().close();
  });
});
