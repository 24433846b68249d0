import { describe, expect, it } from 'vitest';
import { chromiumMissing, seriousAccessibilityViolations, chooseFile, registerFaststalld } from '../support/browser.js';
import request from 'supertest';
import { tabInBrowser } from '../support/tab-in-browser.js';
import { pdfFile } from '../support/sample-documents.js';
import { as, personas } from '../support/personas.js';

const tab = tabInBrowser('2026-11-24T09:00:00+01:00');

describe.skipIf(chromiumMissing)('the BOB space in the tab', () => {
  it('lets a member keep a meeting with notes, save it as Word and keep documents', { timeout: 90_000 }, async () => {
    const page = await tab.open('bob', 'Karin Ek');
    const meetings = page.getByRole('table', { name: 'BOB-gruppens möten, senaste först' });
    await meetings.getByRole('row', { name: /Inför det strategiska rådet/ }).waitFor();
    expect(await seriousAccessibilityViolations(page, 'bob meetings')).toEqual([]);

    await page.getByRole('button', { name: 'Nytt möte' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nytt möte' });
    await dialog.getByLabel('Rubrik').fill('Uppföljning skolan');
    await dialog.getByLabel('Anteckningar').fill('Gäller 19121212-1212');
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await dialog
      .getByRole('alert')
      .getByRole('button', { name: /personnummer/ })
      .waitFor();
    await dialog.getByLabel('Anteckningar').fill('Tidiga signaler i årskurs 8.');
    await dialog.getByRole('button', { name: 'Spara' }).click();
    const row = meetings.getByRole('row', { name: /Uppföljning skolan/ });
    await row.getByText('24 november 2026').waitFor();
    await row.getByRole('button', { name: 'Spara Uppföljning skolan som Word-dokument' }).click();
    await page.getByText('Anteckningarna sparades som version 1.0 i BOB-biblioteket.').waitFor();
    const download = page.waitForEvent('download');
    await row.getByRole('button', { name: 'Hämta Uppföljning skolan som Word-dokument' }).click();
    expect((await download).suggestedFilename()).toBe('2026-11-24 Uppföljning skolan.docx');
    // Registered as fastställd, the notes are the record: the row offers no new version of them.
    await registerFaststalld(row, '2026-11-24 Uppföljning skolan.docx', {
      iso: '2026-11-24',
      shown: '24 november 2026',
    });
    expect(await row.getByRole('button', { name: 'Spara Uppföljning skolan som Word-dokument' }).count()).toBe(0);

    await page.getByRole('tab', { name: 'Dokument' }).click();
    const uploadButton = page.getByRole('button', {
      name: /Ladda upp ett dokument \(samma namn ger en ny version\) Välj fil/,
    });
    // The file dialog offers documents; a program dropped or chosen anyway is refused, naming the types.
    expect(await page.locator('input[type="file"]').getAttribute('accept')).toMatch(/^\.pdf,\.docx,.*\.png$/);
    await chooseFile(uploadButton, {
      name: 'installera.exe',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from('MZ'),
    });
    await page.getByText(/^Filtypen tas inte emot\. Ladda upp ett dokument: pdf, docx/).waitFor();
    // A PDF whose text holds a personal identity number is not kept; the refusal says where, never the number.
    await chooseFile(uploadButton, {
      name: 'Polisens anteckningar.pdf',
      mimeType: 'application/pdf',
      buffer: pdfFile([['Anteckningar'], ['Ungdom född 850709-9805 hördes.']]),
    });
    await page
      .getByText(/^Dokumentet sparades inte: det innehåller ett personnummer eller samordningsnummer på sida 2\./)
      .waitFor();
    expect(await page.getByText('9805').count()).toBe(0);
    await chooseFile(uploadButton, { name: 'Lägesrapport.txt', mimeType: 'text/plain', buffer: Buffer.from('BOB') });
    await page
      .getByRole('table', { name: 'Dokument i BOB-biblioteket' })
      .getByRole('row', { name: /Lägesrapport\.txt/ })
      .waitFor();
    // The upload is over when its notice shows (the list is read again first, the picker enabled after).
    await page.getByText('Lägesrapport.txt sparades som version 1.0.').waitFor();
    expect(await seriousAccessibilityViolations(page, 'bob documents')).toEqual([]);

    await page.getByRole('tab', { name: 'Medlemmar' }).click();
    const group = page.getByRole('group', { name: 'Vilka som är med i BOB-gruppen' });
    await group.getByRole('checkbox', { name: /Eva Lund/ }).waitFor();
    expect(await group.getByRole('checkbox', { checked: true }).count()).toBe(3);
    expect(await group.getByRole('checkbox', { name: /Eva Lund/ }).isChecked()).toBe(true);
    expect(await seriousAccessibilityViolations(page, 'bob members')).toEqual([]);
    await page.context().close();
  });

  it('does not exist for a council member: no menu item, and its address opens the home page', {
    timeout: 60_000,
  }, async () => {
    const page = await tab.open('arshjul', 'Jonas Wik');
    const links = await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link').allTextContents();
    expect(links).not.toContain('BOB');
    // Only what the role can open: department reports are not the police's to read.
    expect(links).not.toContain('Rapporter');
    expect(links).toContain('Strategiskt råd');
    await page.goto(`${tab.server.url}/#/bob/moten`);
    await page.reload();
    await page.getByRole('navigation', { name: 'Huvudmeny' }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Årshjul');
    expect(await page.getByRole('main').textContent()).not.toContain('Inför det strategiska rådet');
    await page.context().close();
  });
  it('keeps a category retired for BOB out of shared entries, and marks it for a member in Inställningar', {
    timeout: 90_000,
  }, async () => {
    const api = () => request(tab.server.url);
    const chief = as(personas.securityChief);
    const members = (objectIds: string[]) =>
      api().put('/api/bob/members').set(as(personas.municipalCeo)).send({ objectIds }).expect(200);
    const categories = async () => (await api().get('/api/situation/categories').set(chief).expect(200)).body;
    const saveCategories = async (change: (list: { id: string }[]) => object[]) => {
      const current = await categories();
      await api()
        .put('/api/situation/categories')
        .set(chief)
        .set('If-Match', current.etag)
        .send({ categories: change(current.categories) })
        .expect(200);
    };
    await saveCategories((list) => [...list, { id: 'rekrytering', sv: 'Rekrytering', en: '' }]);
    await api()
      .post('/api/situation/entries')
      .set(chief)
      .send({
        date: '2026-11-03',
        area: 'Torget',
        category: 'rekrytering',
        source: 'est',
        sourceName: 'EST',
        description: 'Värvning',
        bob: true,
      })
      .expect(201);
    // Removed by a säkerhetschef outside BOB, it is kept, retired, for the BOB entry.
    await members([personas.municipalCeo, personas.boardChair]);
    await saveCategories((list) => list.filter((category) => category.id !== 'rekrytering'));
    await members([personas.municipalCeo, personas.boardChair, personas.securityChief]);

    const page = await tab.open('installningar', 'Karin Ek');
    await page
      .getByRole('group', { name: 'Rekrytering' })
      .getByText('Borttagen ur listan. Finns kvar för BOB-poster och syns bara för BOB-gruppen.')
      .waitFor();
    await page.goto(`${tab.server.url}/#/lagesbild/poster`);
    await page.getByRole('button', { name: 'Ny post' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ny post' });
    const category = dialog.getByRole('combobox', { name: /Kategori/ });
    const options = () => category.locator('option').allTextContents();
    expect(await options()).not.toContain('Rekrytering');
    await dialog.getByRole('checkbox', { name: /BOB/ }).check();
    expect(await options()).toContain('Rekrytering');
    await page.context().close();
  });
});
