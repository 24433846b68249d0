import type { Page } from 'playwright-core';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { chromiumMissing, seriousAccessibilityViolations, chooseFile } from '../support/browser.js';
import { personas } from '../support/personas.js';
import { tabInBrowser } from '../support/tab-in-browser.js';

const tab = tabInBrowser('2026-12-14T09:00:00+01:00');

const accessible = async (page: Page, where: string) =>
  expect(await seriousAccessibilityViolations(page, where)).toEqual([]);

describe.skipIf(chromiumMissing)('the strategic council in the tab', () => {
  it('is planned, gets the actors’ material, an agenda of five points and minutes; next year’s agenda starts from the commitments', {
    timeout: 120_000,
  }, async () => {
    const page = await tab.open('strategiskt-rad/planering/2026', 'Karin Ek');
    await page.getByRole('tab', { name: 'Planering', selected: true }).waitFor();
    await page
      .getByText('Rådet 2026 är inte planerat ännu.')
      .or(page.getByRole('heading', { name: 'Planera rådet 2026' }))
      .first()
      .waitFor();
    const form = page.getByRole('form', { name: 'Planera rådet 2026' });
    await form.getByLabel('Datum för rådet').fill('2026-12-11');
    await form.getByLabel('Plats').fill('Kommunhuset');
    for (const box of await form.getByRole('checkbox').all()) await box.uncheck();
    await form.getByRole('checkbox', { name: 'Polisen, lokalpolisområde Askersund' }).check();
    await form.getByRole('checkbox', { name: 'Näringslivsrådet' }).check();
    await form.getByRole('button', { name: 'Planera rådet' }).click();
    await page.getByText('Rådet 11 december 2026. Aktörernas lägesbilder senast 20 november 2026').waitFor();
    await accessible(page, 'planning');

    const materials = page.getByRole('table', { name: 'Inbjudna aktörer och deras lägesbilder' });
    await chooseFile(
      materials.getByRole('button', { name: 'Skriftlig lägesbild från Polisen, lokalpolisområde Askersund Välj fil' }),
      { name: 'Polisens lägesbild.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 lägesbild') },
    );
    await materials
      .getByRole('row', { name: /Polisen/ })
      .getByText('14 december 2026')
      .waitFor();
    await materials
      .getByRole('row', { name: /Näringslivsrådet/ })
      .getByRole('button', { name: 'Markera inkommen' })
      .click();
    await materials
      .getByRole('row', { name: /Näringslivsrådet/ })
      .getByText('14 december 2026')
      .waitFor();
    expect(await materials.getByRole('row', { name: /Polisen/ }).textContent()).toContain('Polisens lägesbild.pdf');

    await page.getByRole('tab', { name: 'Dagordning' }).click();
    await page.getByRole('heading', { name: 'Dagordning för rådet 2026' }).waitFor();
    for (const [n, title] of [
      [1, 'Redogörelse för den samlade lägesbilden'],
      [2, 'Uppföljning av åtgärder beslutade föregående år'],
      [3, 'Analys samt förslag på aktiviteter som kommun och övriga aktörer åtar sig att genomföra under året'],
      [4, 'Överenskommelse om åtgärder'],
      [5, 'Annan vid tidpunkten relevant information eller kunskapshöjande inslag'],
    ] as const) {
      await page.getByRole('heading', { level: 3, name: `${n}. ${title}` }).waitFor();
    }
    expect(await page.getByRole('region', { name: /^1\. / }).textContent()).toContain('2 av 2 inkomna');
    expect(await page.getByRole('button', { name: /Ta bort punkten/ }).count()).toBe(0);
    await page
      .getByRole('region', { name: /^5\. / })
      .getByLabel('Innehåll')
      .fill('Räddningstjänsten berättar om bränder i soprum.');
    await page.getByRole('button', { name: 'Lägg till punkt' }).click();
    await page.getByRole('region', { name: /^6\. / }).getByLabel('Rubrik').fill('Nattvandrarna berättar');
    await page.getByRole('button', { name: 'Spara dagordningen' }).click();
    await page.getByText('Sparad dagordning.').waitFor();
    await accessible(page, 'agenda');
    await page.getByRole('button', { name: 'Spara som Word-dokument' }).click();
    await page.getByText('Word-dokumentet sparades som version 1.0').waitFor();
    await page.getByRole('button', { name: 'Hämta Word-dokumentet (version 1.0)' }).waitFor();

    await page.getByRole('tab', { name: 'Protokoll' }).click();
    await page.getByRole('heading', { name: 'Protokoll från rådet 2026' }).waitFor();
    await page.getByRole('checkbox', { name: 'Polisen, lokalpolisområde Askersund' }).check();
    await page.getByRole('button', { name: 'Lägg till beslut' }).click();
    await page.getByRole('textbox', { name: 'Beslut 1' }).fill('Rådet ställer sig bakom lägesbilden.');
    const commitments = page.getByRole('table', { name: 'Åtaganden: vem, vad och senast när' });
    await page.getByRole('button', { name: 'Lägg till åtagande' }).click();
    await commitments.getByLabel('Vem, åtagande 1').selectOption({ label: 'Polisen, lokalpolisområde Askersund' });
    await commitments.getByLabel('Vad, åtagande 1').fill('Närvaro vid torget fredagskvällar');
    // Promised at the council, due on its day or later: the date picker starts there.
    expect(await commitments.getByLabel('Senast, åtagande 1').getAttribute('min')).toBe('2026-12-11');
    await commitments.getByLabel('Senast, åtagande 1').fill('2027-06-30');
    await page.getByRole('button', { name: 'Lägg till åtagande' }).click();
    await commitments.getByLabel('Vem, åtagande 2').selectOption({ label: 'Kommunen (Socialförvaltningen)' });
    await commitments.getByLabel('Vad, åtagande 2').fill('Fältare vid resecentrum under sommarlovet');
    // Away to the planning and back before saving: the minutes written so far are still there.
    await page.getByRole('tab', { name: 'Planering' }).click();
    await page.getByRole('tab', { name: 'Protokoll' }).click();
    expect(await commitments.getByLabel('Vad, åtagande 2').inputValue()).toBe(
      'Fältare vid resecentrum under sommarlovet',
    );
    expect(await page.getByRole('textbox', { name: 'Beslut 1' }).inputValue()).toBe(
      'Rådet ställer sig bakom lägesbilden.',
    );
    await page.getByRole('button', { name: 'Spara protokollet' }).click();
    await page.getByText('Sparat.').waitFor();
    expect(await page.getByRole('region', { name: 'Åtaganden från rådet 2025' }).textContent()).toContain(
      'Synlig närvaro vid resecentrum',
    );
    await accessible(page, 'minutes');

    await page.getByRole('tab', { name: 'Planering' }).click();
    await page.getByLabel('År').selectOption('2027');
    await page.getByRole('form', { name: 'Planera rådet 2027' }).getByRole('button', { name: 'Planera rådet' }).click();
    await page.getByText(/^Rådet \d+ december 2027\./).waitFor();
    await page.getByRole('tab', { name: 'Dagordning' }).click();
    await page.getByRole('heading', { name: 'Dagordning för rådet 2027' }).waitFor();
    const pointTwo = page.getByRole('region', { name: /^2\. / }).getByLabel('Innehåll');
    const text = await pointTwo.inputValue();
    expect(text).toContain('Åtaganden från rådet 2026:');
    expect(text).toContain(
      '– Polisen, lokalpolisområde Askersund: Närvaro vid torget fredagskvällar (senast 2027-06-30)',
    );
    expect(text).toContain('– Kommunen (Socialförvaltningen): Fältare vid resecentrum under sommarlovet');
    await page.context().close();
  });

  it('shows a council member the council read-only, with the agenda to download', { timeout: 60_000 }, async () => {
    const page = await tab.open('strategiskt-rad/dagordning/2026', 'Jonas Wik');
    await page.getByRole('heading', { name: 'Dagordning för rådet 2026' }).waitFor();
    expect(await page.getByRole('button', { name: 'Spara dagordningen' }).count()).toBe(0);
    expect(await page.getByRole('textbox').count()).toBe(0);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Hämta Word-dokumentet (version 1.0)' }).click();
    expect((await download).suggestedFilename()).toBe('Dagordning strategiskt råd 2026.docx');
    await accessible(page, 'agenda, read-only');
    await page.context().close();
  });

  it('keeps the cooperation agreements, flags one about to run out and shows what to fix beside the field', {
    timeout: 60_000,
  }, async () => {
    const page = await tab.open('strategiskt-rad/overenskommelser', 'Karin Ek');
    const table = page.getByRole('table', { name: 'Överenskommelser, den som går ut först överst' });
    await table
      .getByRole('row', { name: /Samverkansöverenskommelse mellan Askersunds kommun och Polisen/ })
      .getByText('Går snart ut')
      .waitFor();
    await accessible(page, 'agreements');
    await page.getByRole('button', { name: 'Ny överenskommelse' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ny överenskommelse' });
    await dialog.getByLabel('Aktör').selectOption({ label: 'Föreningsrådet' });
    await dialog.getByLabel('Överenskommelse').fill('Fritidsledare på helger');
    await dialog.getByLabel('Undertecknad').fill('2026-06-01');
    await dialog.getByLabel('Gäller till').fill('2026-01-01');
    await dialog.getByRole('button', { name: 'Spara' }).click();
    // Beside the field, and in the summary on top as a link that takes focus to it.
    await dialog
      .locator('.fui-Field__validationMessage')
      .getByText('”Gäller till” kan inte ligga före undertecknandet')
      .waitFor();
    await dialog.getByRole('button', { name: '”Gäller till” kan inte ligga före undertecknandet' }).click();
    await expect
      .poll(() => dialog.getByLabel('Gäller till').evaluate((element) => element === document.activeElement))
      .toBe(true);
    await dialog.getByLabel('Gäller till').fill('2027-02-15');
    // The picker offers the kept years and, for the signing, no day after the service's today; a day typed
    // past that is refused beside the field.
    expect(
      await dialog.getByLabel('Gäller till').evaluate((input: HTMLInputElement) => [input.min, input.max]),
    ).toEqual(['1900-01-01', '2100-12-31']);
    expect(await dialog.getByLabel('Undertecknad').getAttribute('max')).toBe('2026-12-14');
    await dialog.getByLabel('Undertecknad').fill('2026-12-24');
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await dialog
      .locator('.fui-Field__validationMessage')
      .getByText(/Överenskommelsen kan inte registreras med datumet 2026-12-24/)
      .waitFor();
    await dialog.getByLabel('Undertecknad').fill('2026-06-01');
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await table
      .getByRole('row', { name: /Fritidsledare på helger/ })
      .getByText('Går snart ut')
      .waitFor();
    await page.context().close();
  });

  it('makes the report to kommunfullmäktige from the year, with the coordination text written in the tab', {
    timeout: 120_000,
  }, async () => {
    const page = await tab.open('rapport-kf/2026', 'Karin Ek');
    await page.getByRole('heading', { name: 'Rapport till kommunfullmäktige om 2026' }).waitFor();
    expect(await page.getByRole('alert').or(page.locator('.fui-MessageBar')).first().textContent()).toContain(
      'Texten om samordningsfunktionen är inte skriven.',
    );
    await page.getByLabel('Hur samordningsfunktionen har arbetat').fill('Samordnaren har träffat polisen varje månad.');
    await page.getByText('Sparat', { exact: false }).first().waitFor();
    await accessible(page, 'council report');
    await page.getByRole('button', { name: 'Spara rapporten som Word-dokument' }).click();
    await page.getByText(/Rapporten sparades som version 1\.0 .*\(ett utkast; året den gäller är inte slut/).waitFor();
    await page.getByRole('button', { name: 'Hämta rapporten (version 1.0)' }).waitFor();

    // The registrator's metadata: the plan's line is there from the first save, the diarienummer is added.
    const registration = page.getByRole('button', { name: 'Registrering av Rapport till kommunfullmäktige 2026.docx' });
    await registration.click();
    const dialog = page.getByRole('dialog', { name: 'Registrering: Rapport till kommunfullmäktige 2026.docx' });
    expect(await dialog.getByLabel('Handlingstyp').inputValue()).toBe('Rapport');
    await dialog.getByLabel('Diarienummer').fill('KS 2026/0123');
    // Fastställd on a day that has come: the picker offers none later than today on the service's clock.
    expect(await dialog.getByLabel('Fastställd').getAttribute('max')).toBe('2026-12-14');
    await accessible(page, 'registration');
    await dialog.getByRole('button', { name: 'Spara registreringen' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await registration.click();
    expect(await dialog.getByLabel('Diarienummer').inputValue()).toBe('KS 2026/0123');
    // Registered as fastställd, the report is the adopted record: no button makes a new version of it.
    await dialog.getByLabel('Fastställd').fill('2026-12-14');
    await dialog.getByRole('button', { name: 'Spara registreringen' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page
      .getByText(/^Dokumentet är registrerat som fastställt 14 december 2026 och får ingen ny version\./)
      .waitFor();
    expect(await page.getByRole('button', { name: 'Spara rapporten som Word-dokument' }).count()).toBe(0);

    await page.goto(page.url().replace(/#.*$/, '#/installningar'));
    await page.getByRole('heading', { name: 'Dokumenthanteringsplan' }).waitFor();
    await page.getByRole('img', { name: 'Kartan över områdena' }).waitFor();
    // A stored file the settings list does not describe: its registration is read when the dialog opens.
    await page.getByRole('button', { name: 'Registrering av Områden.geojson' }).click();
    const mapRegistration = page.getByRole('dialog', { name: 'Registrering: Områden.geojson' });
    expect(await mapRegistration.getByLabel('Handlingstyp').inputValue()).toBe('Karta');
    await mapRegistration.getByRole('button', { name: 'Avbryt' }).click();
    expect(await page.getByRole('group', { name: 'Åtgärdsplan' }).getByLabel('Handlingstyp').inputValue()).toBe(
      'Åtgärdsplan',
    );
    await accessible(page, 'records plan');
    await page.context().close();
  });

  it('offers the municipality’s council commitments in part 4 of next year’s plan', { timeout: 60_000 }, async () => {
    await request(tab.server.url)
      .post('/api/action-plans/2027')
      .set('X-Dev-Persona', personas.securityChief)
      .send({})
      .expect(201);
    const page = await tab.open('atgardsplan/2027', 'Karin Ek');
    const panel = page.getByRole('region', { name: 'Kommunens åtaganden från strategiska rådet 2026' });
    await panel.getByRole('button', { name: 'Lägg till i del 4: Fältare vid resecentrum under sommarlovet' }).click();
    await panel.getByText('Finns i del 4').waitFor();
    await page.getByRole('table').filter({ hasText: 'Fältare vid resecentrum under sommarlovet' }).first().waitFor();
    await page.context().close();
  });
});
