import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumMissing, newPage, seriousAccessibilityViolations, chooseFile } from '../support/browser.js';
import { personas } from '../support/personas.js';
import { tabInBrowser } from '../support/tab-in-browser.js';

const importFile = (page: Page) =>
  page.getByRole('button', { name: 'Fil att importera (CSV, XLSX eller JSON) Välj fil' });

const tab = tabInBrowser('2026-11-24T09:00:00+01:00');

async function openEntries(name: string): Promise<Page> {
  const page = await newPage(tab.browser);
  page.setDefaultTimeout(15_000);
  await page.goto(`${tab.server.url}/#/lagesbild/poster`);
  await page.getByRole('button', { name: new RegExp(name) }).click();
  await page.getByRole('tab', { name: 'Poster', selected: true }).waitFor();
  return page;
}

describe.skipIf(chromiumMissing)('the lägesbild’s entries in the tab', () => {
  it('lets the säkerhetschef filter, add an entry (a personal identity number refused with the text kept), and mark it BOB', {
    timeout: 90_000,
  }, async () => {
    const page = await openEntries('Karin Ek');
    await page
      .getByRole('status')
      .filter({ hasText: /Visar 50 av \d+ poster/ })
      .waitFor();
    expect(await seriousAccessibilityViolations(page, 'entries')).toEqual([]);

    const search = page.getByRole('search');
    // A date typed past the picker's years is named beside its field, in Swedish, not as the query's key.
    await search.getByLabel('Från och med').fill('0001-01-01');
    await search.getByRole('button', { name: 'Visa' }).click();
    await search
      .locator('.fui-Field__validationMessage')
      .getByText('ange ett datum mellan 1900-01-01 och 2100-12-31')
      .waitFor();
    expect(await page.getByText(/frågeparametrarna/).count()).toBe(0);
    await search.getByLabel('Från och med').fill('');
    await search.getByRole('combobox', { name: 'Kategori' }).selectOption({ label: 'Klotter' });
    await search.getByRole('combobox', { name: 'Område eller plats' }).fill('Torget');
    await search.getByRole('button', { name: 'Visa' }).click();
    const rows = page.getByRole('table', { name: 'Poster' }).getByRole('row');
    // The list is replaced when the filtered answer arrives: wait until every row is klotter at Torget.
    await expect
      .poll(async () => {
        const texts = (await rows.allInnerTexts()).filter((text) => !text.startsWith('Datum'));
        return texts.length > 0 && texts.every((text) => /Torget\s+Klotter/.test(text));
      })
      .toBe(true);

    await page.getByRole('button', { name: 'Ny post' }).click();
    const dialog = page.getByRole('dialog');
    // The place is typed or chosen among the map's areas and the places counted (Åmmeberg lies off the map).
    const place = dialog.getByRole('combobox', { name: 'Område eller plats' });
    await expect
      .poll(() => place.evaluate((input: HTMLInputElement) => [...(input.list?.options ?? [])].map((o) => o.value)))
      .toEqual(expect.arrayContaining(['Torget', 'Hamnen', 'Åmmeberg']));
    await place.fill('Torget');
    await dialog.getByRole('combobox', { name: 'Kategori' }).selectOption({ label: 'Ordningsstörning' });
    await dialog.getByRole('textbox', { name: 'Beskrivning' }).fill('Bråk vid kiosken, gäller 19121212-1212');
    await dialog.getByRole('checkbox', { name: /BOB/ }).check();
    await dialog.getByRole('button', { name: 'Spara' }).click();
    // The refusal is an error summary that takes focus and links to the field it names.
    const summary = dialog.getByRole('alert').filter({ has: page.getByRole('button') });
    await expect.poll(() => summary.evaluate((element) => element === document.activeElement)).toBe(true);
    await summary.getByRole('button', { name: /personnummer/ }).click();
    await expect
      .poll(() =>
        dialog.getByRole('textbox', { name: 'Beskrivning' }).evaluate((element) => element === document.activeElement),
      )
      .toBe(true);
    expect(await dialog.getByRole('textbox', { name: 'Beskrivning' }).inputValue()).toBe(
      'Bråk vid kiosken, gäller 19121212-1212',
    );
    await dialog.getByRole('textbox', { name: 'Beskrivning' }).fill('Bråk vid kiosken sent på kvällen');
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await dialog.waitFor({ state: 'hidden' });

    await search.getByRole('button', { name: 'Rensa filter' }).click();
    await search.getByRole('searchbox', { name: 'Sök i texten' }).fill('kiosken');
    await search.getByRole('button', { name: 'Visa' }).click();
    await page.getByRole('status').filter({ hasText: 'Visar 1 av 1 post' }).waitFor();
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

describe.skipIf(chromiumMissing)('removing an entry in the tab', () => {
  it('asks in a Fluent dialog: Avbryt keeps the entry and gives focus back, Ta bort removes it', {
    timeout: 60_000,
  }, async () => {
    const created = await fetch(`${tab.server.url}/api/situation/entries`, {
      method: 'POST',
      headers: { 'X-Dev-Persona': personas.securityChief, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        date: '2026-11-02',
        area: 'Hamnen',
        category: 'klotter',
        source: 'est',
        sourceName: 'EST',
        description: 'Klotter på bryggan att ta bort',
        bob: false,
        newPhenomenon: false,
      }),
    });
    expect(created.status).toBe(201);
    const page = await openEntries('Karin Ek');
    await page.getByRole('search').getByRole('searchbox', { name: 'Sök i texten' }).fill('bryggan att ta bort');
    await page.getByRole('search').getByRole('button', { name: 'Visa' }).click();
    await page.getByRole('status').filter({ hasText: 'Visar 1 av 1 post' }).waitFor();

    const remove = page.getByRole('button', { name: /^Ta bort posten/ });
    await remove.click();
    const dialog = page.getByRole('alertdialog', { name: 'Är du säker?' });
    await dialog.getByText('Ta bort posten?').waitFor();
    expect(await seriousAccessibilityViolations(page, 'confirm dialog')).toEqual([]);
    await dialog.getByRole('button', { name: 'Avbryt' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => remove.evaluate((button) => button === document.activeElement)).toBe(true);
    await page.getByRole('status').filter({ hasText: 'Visar 1 av 1 post' }).waitFor();

    await remove.click();
    await dialog.getByRole('button', { name: 'Ta bort' }).click();
    await page.getByText('Inga poster matchar. Ändra filtren eller lägg till en post.').waitFor();
    await page.context().close();
  });

  it('shows a reader an entry’s history: who changed which field from what to what, with the CSV to download', {
    timeout: 60_000,
  }, async () => {
    const headers = { 'X-Dev-Persona': personas.securityChief, 'Content-Type': 'application/json' };
    const body = {
      date: '2026-11-03',
      area: 'Kajen',
      category: 'klotter',
      source: 'est',
      sourceName: 'EST',
      description: 'Klotter vid kajen för historiken',
      bob: false,
      newPhenomenon: false,
    };
    const created = (await (
      await fetch(`${tab.server.url}/api/situation/entries`, { method: 'POST', headers, body: JSON.stringify(body) })
    ).json()) as { id: string; etag: string };
    const changed = await fetch(`${tab.server.url}/api/situation/entries/${created.id}`, {
      method: 'PUT',
      headers: { ...headers, 'If-Match': created.etag },
      body: JSON.stringify({ ...body, area: 'Hamnplanen' }),
    });
    expect(changed.status).toBe(200);
    const page = await openEntries('Ulla Ström');
    await page.getByRole('search').getByRole('searchbox', { name: 'Sök i texten' }).fill('kajen för historiken');
    await page.getByRole('search').getByRole('button', { name: 'Visa' }).click();
    await page.getByRole('status').filter({ hasText: 'Visar 1 av 1 post' }).waitFor();
    const open = page.getByRole('button', { name: 'Historik för posten Hamnplanen 2026-11-03' });
    await open.click();
    const dialog = page.getByRole('dialog', { name: 'Historik: posten Hamnplanen 2026-11-03' });
    await dialog.getByText('Område: Kajen → Hamnplanen').waitFor();
    await dialog.getByRole('cell', { name: 'Skapad' }).waitFor();
    await dialog.getByRole('cell', { name: 'Karin Ek' }).first().waitFor();
    await dialog.getByRole('button', { name: 'Hämta som CSV' }).waitFor();
    expect(await seriousAccessibilityViolations(page, 'history dialog')).toEqual([]);
    await dialog.getByRole('button', { name: 'Stäng' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => open.evaluate((button) => button === document.activeElement)).toBe(true);
    await page.context().close();
  });
});

describe.skipIf(chromiumMissing)('importing into the lägesbild in the tab', () => {
  it('imports an EST file after the person has seen the preview and mapping, lists its entries, and refuses a broken file naming the rows', {
    timeout: 90_000,
  }, async () => {
    const page = await openEntries('Karin Ek');
    await page.getByRole('tab', { name: 'Import' }).click();
    await page.getByText(/Importera EST-rapporter/).waitFor();
    const fixture = (name: string) => new URL(`../fixtures/imports/${name}`, import.meta.url).pathname;

    await chooseFile(importFile(page), fixture('est-windows-1252.csv'));
    await page.getByText('est-windows-1252.csv: 2 rader (csv, windows-1252).').waitFor();
    expect(await page.getByRole('combobox', { name: 'Område eller plats' }).inputValue()).toBe('1');
    await page
      .getByRole('table', { name: 'Filens kategorier' })
      .getByRole('combobox', { name: 'Blir: Ordningsstörning' })
      .waitFor();
    expect(await seriousAccessibilityViolations(page, 'import preview')).toEqual([]);
    await page.getByRole('button', { name: 'Kontrollera' }).click();
    await page.getByText('2 rader: 2 nya, 0 finns redan.').waitFor();
    // The import is a job: its progress, rows written of all, until it is done. Two rows are written before the
    // tab first asks how far the job came, so that question is held while the bar is looked at.
    const progressAsked = /\/api\/situation\/imports\/[^/?]+$/;
    let answerProgress = () => {};
    const progressHeld = new Promise<void>((resolve) => {
      answerProgress = resolve;
    });
    await page.route(progressAsked, async (route) => {
      if (route.request().method() === 'GET') await progressHeld;
      await route.fallback();
    });
    await page.getByRole('button', { name: 'Importera', exact: true }).click();
    await page.getByRole('progressbar', { name: 'Importerar est-windows-1252.csv' }).waitFor();
    expect(await seriousAccessibilityViolations(page, 'import progress')).toEqual([]);
    answerProgress();
    await page.unroute(progressAsked);
    // The job's end comes by polling; on a loaded machine (browser suites in parallel) it may take a while.
    await page.getByText('Klart: 2 nya poster, 0 fanns redan.').waitFor({ timeout: 45_000 });
    await page.getByRole('table', { name: 'Tidigare importer' }).getByRole('cell', { name: 'Klar' }).first().waitFor();
    await page.getByRole('button', { name: 'Importera', exact: true }).click();
    await page.getByText('Klart: 0 nya poster, 2 fanns redan.').waitFor();
    // The file is a record of its own: its registration opens beside it in the history.
    await page
      .getByRole('table', { name: 'Tidigare importer' })
      .getByRole('button', { name: 'Registrering av est-windows-1252.csv' })
      .first()
      .click();
    await page.getByRole('dialog', { name: 'Registrering: est-windows-1252.csv' }).waitFor();
    expect(await page.getByRole('textbox', { name: 'Handlingstyp' }).inputValue()).toBe('Importfil');
    await page.getByRole('button', { name: 'Avbryt' }).click();

    // The second file is dropped on the picker instead of chosen.
    const bytes = [...(await readFile(fixture('est-bad-rows.csv')))];
    const dropped = await page.evaluateHandle((content) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(content)], 'est-bad-rows.csv', { type: 'text/csv' }));
      return transfer;
    }, bytes);
    await page.getByText('Vald: est-windows-1252.csv').dispatchEvent('drop', { dataTransfer: dropped });
    await page.getByText(/^est-bad-rows\.csv: \d+ rader/).waitFor();
    await page.getByRole('button', { name: 'Importera', exact: true }).click();
    await page.getByText('3 rader har fel – inget importeras förrän de är rättade i filen.').waitFor();
    const errors = await page
      .getByRole('table', { name: /rader har fel/ })
      .getByRole('row')
      .allInnerTexts();
    expect(errors.slice(1).map((row) => row.split('\t').slice(0, 2).join(' '))).toEqual([
      '3 Datum',
      '4 Plats',
      '5 Antal',
    ]);

    // A file holding a personal identity number is not kept: each cell is listed, the number never shown.
    await chooseFile(importFile(page), fixture('est-personnummer.csv'));
    await page
      .getByRole('alert')
      .getByText(
        /^Filen sparades inte: den innehåller personnummer eller samordningsnummer i 2 celler, första på rad 3, kolumn D \(Beskrivning\)\./,
      )
      .waitFor();
    const refusedCells = await page
      .getByRole('table', {
        name: '2 celler med personnummer eller samordningsnummer – filen sparas inte förrän numren är borttagna.',
      })
      .getByRole('row')
      .allInnerTexts();
    expect(refusedCells.slice(1).map((row) => row.split('\t').slice(0, 2).join(' '))).toEqual([
      '3 kolumn D (Beskrivning)',
      '4 kolumn F (Anmälare)',
    ]);
    expect(await page.getByText(/9805|1212-1212|Gäller/).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Importera', exact: true }).count()).toBe(0);
    // A sheet's name is kept in the workbook too: named by its place, with no row.
    const named = new ExcelJS.Workbook();
    named.addWorksheet('EST').addRows([
      ['Datum', 'Plats', 'Händelsetyp'],
      ['2026-07-10', 'Torget', 'Klotter'],
    ]);
    named.addWorksheet('Anna 850709-9805').addRow(['Kontakt']);
    await chooseFile(importFile(page), {
      name: 'bladnamn.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from(await named.xlsx.writeBuffer()),
    });
    const sheetRows = page.getByRole('table', { name: /^1 cell med personnummer/ }).getByRole('row');
    await sheetRows.nth(1).waitFor();
    expect((await sheetRows.allInnerTexts()).slice(1).map((row) => row.split('\t').slice(0, 2).join(' '))).toEqual([
      '– namnet på blad 2',
    ]);
    expect(await seriousAccessibilityViolations(page, 'import file refused')).toEqual([]);

    await page.getByRole('tab', { name: 'Poster' }).click();
    await page.getByRole('search').getByRole('searchbox', { name: 'Sök i texten' }).fill('Förstörd belysning');
    await page.getByRole('search').getByRole('button', { name: 'Visa' }).click();
    await page.getByRole('status').filter({ hasText: 'Visar 1 av 1 post' }).waitFor();
    await page.getByRole('table', { name: 'Poster' }).getByRole('cell', { name: 'Åmmeberg', exact: true }).waitFor();

    // From the imported rows to the quarter's chart and its document.
    await page.goto(`${tab.server.url}/#/lagesbild/kvartal/2026/3`);
    await page.getByRole('img', { name: 'Händelser per område', exact: true }).waitFor();
    const compiled = (await (
      await fetch(`${tab.server.url}/api/situation/compilations/2026/3`, {
        headers: { 'X-Dev-Persona': personas.securityChief },
      })
    ).json()) as { byArea: { key: string; count: number }[] };
    const ammeberg = compiled.byArea.find((row) => row.key === 'Åmmeberg')!;
    const cells = await page
      .getByRole('table', { name: 'Per område' })
      .getByRole('row', { name: /Åmmeberg/ })
      .getByRole('cell')
      .allInnerTexts();
    expect(cells.slice(0, 2)).toEqual(['Åmmeberg', String(ammeberg.count)]);
    // The map says per area what the table says; Åmmeberg lies outside the demo map and is named beneath it.
    const map = page.getByRole('img', { name: 'Händelser per område på kartan' });
    await map.waitFor();
    const onMap = await map.locator('path > title').allTextContents();
    for (const label of onMap) {
      const [area, count] = label.split(': ');
      expect(String(compiled.byArea.find((row) => row.key === area)?.count ?? 0), area).toBe(count);
    }
    expect(onMap).toHaveLength(7);
    await page.getByText(`Inte på kartan: Åmmeberg (${ammeberg.count})`, { exact: false }).waitFor();
    await page.getByText('Kartbakgrunden kunde inte hämtas, så områdena visas på vit botten.').waitFor();
    // One category on the map: its counts per area, the same in the map and in the table beside it.
    const { category } = (compiled as unknown as { byAreaAndCategory: { category: string }[] }).byAreaAndCategory[0]!;
    await page.getByLabel('Kategori på kartan').selectOption(category);
    const oneCategory = page.getByRole('img', { name: /^Händelser per område på kartan: / });
    await oneCategory.waitFor();
    const categoryTable = page.getByRole('table', { name: /^Händelser per område på kartan: / });
    const tableRows = (await categoryTable.getByRole('row').allInnerTexts())
      .slice(1)
      .map((row) => row.split('\t').join(': '));
    const mapped = (await oneCategory.locator('path > title').allTextContents()).filter(
      (label) => !label.endsWith(': 0'),
    );
    expect(mapped.length).toBeGreaterThan(0);
    for (const label of mapped) expect(tableRows).toContain(label);
    // The last eight quarters: a line chart and its table, the quarter's own total in its last column.
    await page.getByRole('img', { name: 'Händelser per kategori och kvartal' }).waitFor();
    // Ten categories in the demo year: the chart draws six and says so; the table has all ten.
    await page.getByText('Diagrammet visar de 6 kategorierna med flest händelser; tabellen visar alla.').waitFor();
    const totals = await page
      .getByRole('table', { name: 'Utvecklingen de senaste åtta kvartalen' })
      .getByRole('row', { name: /^Totalt/ })
      .getByRole('cell')
      .allInnerTexts();
    expect(totals.at(-1)).toBe(String((compiled as unknown as { total: { count: number } }).total.count));
    expect(await seriousAccessibilityViolations(page, 'quarterly compilation')).toEqual([]);
    await page.getByRole('button', { name: 'Spara som Word-dokument i biblioteket Lägesbilder' }).click();
    // The third quarter is over: its milestone is done.
    await page
      .getByText('Sammanställningen är sparad som version 1.0 och kvartalets punkt i årshjulet är markerad som klar.')
      .waitFor();
    await page.getByRole('button', { name: 'Hämta Word-dokumentet (version 1.0)' }).waitFor();
    await page.context().close();
  });
  it('lets the person choose the workbook’s sheet and the header row in the preview', { timeout: 60_000 }, async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Sammanfattning').addRows([
      ['Period', 'Antal händelser'],
      ['Oktober', 1],
    ]);
    book.addWorksheet('Händelser').addRows([
      ['EST-rapport', 'oktober 2026'],
      ['Datum', 'Plats', 'Händelsetyp', 'Beskrivning'],
      ['2026-10-02', 'Torget', 'Klotter', 'Tags på bänken'],
    ]);
    const page = await openEntries('Karin Ek');
    await page.getByRole('tab', { name: 'Import' }).click();
    await chooseFile(importFile(page), {
      name: 'tva-blad.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from(await book.xlsx.writeBuffer()),
    });
    const preview = page.getByRole('table', { name: 'Förhandsvisning' });
    await preview.getByRole('columnheader', { name: 'Period' }).waitFor();
    await page.getByRole('combobox', { name: 'Blad' }).selectOption({ label: 'Händelser' });
    await preview.getByRole('columnheader', { name: 'EST-rapport' }).waitFor();
    await page
      .getByRole('combobox', { name: /Rubrikrad/ })
      .selectOption({ label: 'Rad 2: Datum, Plats, Händelsetyp, Beskrivning' });
    await preview.getByRole('columnheader', { name: 'Händelsetyp' }).waitFor();
    expect(await preview.getByRole('row').count()).toBe(2);
    expect(await seriousAccessibilityViolations(page, 'import sheet and header choice')).toEqual([]);
    await page.context().close();
  });
});

describe.skipIf(chromiumMissing)('the annual lägesbild in the tab', () => {
  it('saves each section as it is written, keeps it over a reload, and lets the writer resolve a conflict', {
    timeout: 90_000,
  }, async () => {
    const page = await openEntries('Karin Ek');
    await page.goto(`${tab.server.url}/#/lagesbild/arlig/2026`);
    const summary = page.getByRole('textbox', { name: 'Sammanfattning' });
    await summary.waitFor();
    await page.getByText(/Försäljning av nikotinpåsar till unga via sociala medier/).waitFor();
    expect(await seriousAccessibilityViolations(page, 'annual lägesbild')).toEqual([]);

    await summary.fill('Ett år med färre inbrott men mer oro kring resecentrum.');
    await page
      .getByRole('region', { name: 'Sammanfattning' })
      .getByRole('status')
      .filter({ hasText: 'Sparat' })
      .waitFor();
    await page.reload();
    await summary.waitFor();
    expect(await summary.inputValue()).toBe('Ett år med färre inbrott men mer oro kring resecentrum.');

    // Someone else saves the same section in the meantime.
    const headers = { 'X-Dev-Persona': personas.securityChief, 'Content-Type': 'application/json' };
    const current = (await (await fetch(`${tab.server.url}/api/situation/annual/2026`, { headers })).json()) as {
      sections: { id: string; etag: string }[];
    };
    const etag = current.sections.find((s) => s.id === 'summary')!.etag;
    await fetch(`${tab.server.url}/api/situation/annual/2026/sections/summary`, {
      method: 'PUT',
      headers: { ...headers, 'If-Match': etag },
      body: JSON.stringify({ text: 'Kollegans sammanfattning.' }),
    });
    await summary.fill('Min nya sammanfattning.');
    await page.getByText('Någon annan har ändrat det här').waitFor();
    await page.getByRole('button', { name: 'Behåll min version' }).click();
    await page
      .getByRole('region', { name: 'Sammanfattning' })
      .getByRole('status')
      .filter({ hasText: 'Sparat' })
      .waitFor();
    const saved = (await (await fetch(`${tab.server.url}/api/situation/annual/2026`, { headers })).json()) as {
      sections: { id: string; text: string }[];
    };
    expect(saved.sections.find((s) => s.id === 'summary')!.text).toBe('Min nya sammanfattning.');

    await page.getByRole('button', { name: 'Spara som Word-dokument i biblioteket Lägesbilder' }).click();
    await page.getByText(/sparad som version 1.0 \(ett utkast/).waitFor();
    // The year runs until 31 December: the page says from when it can be fastställd, and offers no button.
    await page
      .getByText(
        'Den årliga lägesbilden för 2026 kan fastställas när året är slut, från och med 1 januari 2027. Till dess kan du skriva och spara den som utkast.',
      )
      .waitFor();
    expect(await page.getByRole('button', { name: 'Fastställ den årliga lägesbilden' }).count()).toBe(0);
    // Last year's is over: Fastställ is refused while sections are empty, saying which.
    await page.goto(`${tab.server.url}/#/lagesbild/arlig/2025`);
    await page.getByRole('button', { name: 'Fastställ den årliga lägesbilden' }).click();
    await page.getByText(/kan fastställas när varje del är skriven/).waitFor();

    // Written and fastställd, the text stands as adopted until it is opened again.
    const last = (await (await fetch(`${tab.server.url}/api/situation/annual/2025`, { headers })).json()) as {
      sections: { id: string; etag: string }[];
    };
    for (const section of last.sections)
      await fetch(`${tab.server.url}/api/situation/annual/2025/sections/${section.id}`, {
        method: 'PUT',
        headers: { ...headers, 'If-Match': section.etag },
        body: JSON.stringify({ text: `Text för ${section.id}.` }),
      });
    await page.reload();
    await page.getByLabel('Skäl att fastställa utan kvartal 4 (frivilligt)').fill('Polisens statistik dröjer.');
    await page.getByRole('button', { name: 'Fastställ den årliga lägesbilden' }).click();
    await page
      .getByText(/^Den årliga lägesbilden är fastställd 24 november 2026\. Texten står som den fastställdes/)
      .waitFor();
    const sectionText = page.getByRole('region', { name: 'Sammanfattning' }).getByRole('textbox');
    expect(await sectionText.count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Fastställ den årliga lägesbilden' }).count()).toBe(0);
    expect(await seriousAccessibilityViolations(page, 'annual fastställd')).toEqual([]);
    await page.getByRole('button', { name: 'Öppna igen för ändringar' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Öppna igen för ändringar' }).click();
    await page.getByText('Lägesbilden är öppnad igen och är ett utkast tills den fastställs på nytt.').waitFor();
    await sectionText.waitFor();
    await page.context().close();
  });
});
