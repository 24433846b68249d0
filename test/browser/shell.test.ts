import type { Browser, Page } from 'playwright-core';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  chromiumMissing,
  launchChromium,
  describedText,
  newPage as openPage,
  seriousAccessibilityViolations,
} from '../support/browser.js';
import { personas } from '../support/personas.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  if (chromiumMissing) return;
  server = await startTestServer();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function expectNoSeriousViolations(page: Page, where: string): Promise<void> {
  expect(await seriousAccessibilityViolations(page, where)).toEqual([]);
}

async function signIn(page: Page, name: string): Promise<void> {
  await page.goto(server.url);
  await page.getByRole('button', { name: new RegExp(name) }).click();
  await page.getByRole('navigation', { name: 'Huvudmeny' }).waitFor();
}

describe.skipIf(chromiumMissing)('the tab shell in Chromium', () => {
  it('lets the säkerhetschef sign in, see the Swedish shell and reach every area', async () => {
    const page = await openPage(browser);
    await page.goto(server.url);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Välj vem du är');
    await expectNoSeriousViolations(page, 'persona picker');

    await page.getByRole('button', { name: /Karin Ek/ }).click();
    const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
    await nav.waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('sv');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Årshjul');
    expect(await nav.getByRole('link').allTextContents()).toEqual([
      'Årshjul',
      'Rapporter',
      'Lägesbild',
      'Åtgärdsplan',
      'Strategiskt råd',
      'Rapport till KF',
      'BOB',
      'Inställningar',
    ]);
    await expectNoSeriousViolations(page, 'home');

    for (const [link, heading] of [
      ['Rapporter', 'Rapporter'],
      ['Lägesbild', 'Lägesbild'],
      ['Åtgärdsplan', 'Åtgärdsplan'],
      ['Strategiskt råd', 'Strategiskt råd'],
      ['Rapport till KF', 'Rapport till KF'],
      ['BOB', 'BOB'],
      ['Inställningar', 'Inställningar'],
    ] as const) {
      await nav.getByRole('link', { name: link, exact: true }).click();
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      expect(await nav.getByRole('link', { name: link, exact: true }).getAttribute('aria-current')).toBe('page');
    }
    await page.getByRole('link', { name: 'Tillgänglighetsredogörelse' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tillgänglighetsredogörelse' }).waitFor();
    // Each area loads when opened: wait for its content, not only its heading.
    await page
      .getByRole('main')
      .getByText(/WCAG 2\.1/)
      .first()
      .waitFor();
    // DIGG's model: what does not work yet, how to report it, supervision and the date of the last review.
    await page.getByRole('heading', { level: 2, name: 'Det här fungerar inte ännu' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Rapportera ett problem' }).waitFor();
    await page.getByText(/granskades senast den 2 december 2026/).waitFor();
    await page.context().close();
  });

  it('hides BOB from a department head, and keeps the choice of person over a reload', async () => {
    const page = await openPage(browser);
    await signIn(page, 'Alex Wilber');
    const links = await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link').allTextContents();
    expect(links).not.toContain('BOB');
    expect(links).not.toContain('Strategiskt råd');
    expect(links).toContain('Rapport till KF');
    expect(links).toContain('Inställningar');
    await page.goto(`${server.url}/#/bob`);
    await page.reload();
    await page.getByRole('navigation', { name: 'Huvudmeny' }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Årshjul');
    expect(await page.getByRole('banner').textContent()).toContain('Alex Wilber');
    await page.getByRole('link', { name: 'Inställningar' }).click();
    await page.getByRole('heading', { level: 1, name: 'Inställningar' }).waitFor();
    await page
      .getByRole('main')
      .getByText(/Bara säkerhetschefen kan ändra organisationen/)
      .first()
      .waitFor();
    expect(await page.getByRole('button', { name: /Lägg till/ }).count()).toBe(0);
    await page.context().close();
  });

  it('switches to English and back', async () => {
    const page = await openPage(browser);
    await signIn(page, 'Karin Ek');
    // The switch is written, and read out, in the language it switches to.
    expect(await page.getByRole('button', { name: 'In English' }).getAttribute('lang')).toBe('en');
    await page.getByRole('button', { name: 'In English' }).click();
    const nav = page.getByRole('navigation', { name: 'Main menu' });
    await nav.waitFor();
    expect(await nav.getByRole('link').allTextContents()).toEqual([
      'Year wheel',
      'Reports',
      'Situation picture',
      'Action plan',
      'Strategic council',
      'Report to the municipal council',
      'BOB',
      'Settings',
    ]);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.reload();
    await page.getByRole('navigation', { name: 'Main menu' }).waitFor();
    expect(await page.getByRole('button', { name: 'På svenska' }).getAttribute('lang')).toBe('sv');
    await page.getByRole('button', { name: 'På svenska' }).click();
    await page.getByRole('navigation', { name: 'Huvudmeny' }).waitFor();
    await page.context().close();
  });

  it('lets the säkerhetschef change a department head and an actor contact, kept after reload', async () => {
    const page = await openPage(browser);
    await signIn(page, 'Karin Ek');
    await page.getByRole('link', { name: 'Inställningar' }).click();
    await page.getByRole('heading', { name: 'Förvaltningar' }).waitFor();
    await expectNoSeriousViolations(page, 'settings');

    await page.getByRole('button', { name: 'Ändra Folkhälsoteamet' }).click();
    const dialog = page.getByRole('dialog');
    // The head is found in the directory (the demo people locally) by typing part of the name.
    await dialog.getByRole('searchbox', { name: 'Sök förvaltningschef i katalogen' }).fill('Mari');
    await dialog.getByRole('option', { name: 'Maria Berg (Barn- och utbildningschef)' }).waitFor({ state: 'attached' });
    await dialog
      .getByLabel('Förvaltningschef', { exact: true })
      .selectOption({ label: 'Maria Berg (Barn- och utbildningschef)' });
    await dialog.getByRole('button', { name: 'Spara' }).waitFor();
    await expectNoSeriousViolations(page, 'department dialog');
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await dialog.waitFor({ state: 'hidden' });

    await page.getByRole('button', { name: 'Ändra Föreningsrådet' }).click();
    await page.getByRole('dialog').getByLabel('Kontakt').fill('ordforande@foreningsradet.example');
    await page.getByRole('dialog').getByRole('button', { name: 'Spara' }).click();
    await page.getByRole('dialog').waitFor({ state: 'hidden' });

    await page.reload();
    const departments = page.getByRole('table', { name: 'Förvaltningar' });
    await departments.waitFor();
    expect(await departments.getByRole('row', { name: /Folkhälsoteamet/ }).textContent()).toContain('Maria Berg');
    expect(
      await page
        .getByRole('table', { name: 'Aktörer' })
        .getByRole('row', { name: /Föreningsrådet/ })
        .textContent(),
    ).toContain('ordforande@foreningsradet.example');
    await page.context().close();
  });

  it('shows a validation error beside the field, and a conflict when someone else saved first', async () => {
    const page = await openPage(browser);
    await signIn(page, 'Karin Ek');
    await page.getByRole('link', { name: 'Inställningar' }).click();
    await page.getByRole('table', { name: 'Aktörer' }).waitFor();
    await page.getByRole('button', { name: 'Lägg till aktör' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Spara' }).click();
    const nameField = page.getByRole('dialog').getByRole('textbox', { name: /Namn/ });
    await page.locator('[aria-invalid="true"]').waitFor();
    expect(await nameField.getAttribute('aria-invalid')).toBe('true');
    // A name there is already, written in other letters, is named beside the field too.
    await nameField.fill('föreningsrådet ');
    await page.getByRole('dialog').getByRole('button', { name: 'Spara' }).click();
    const said = 'det finns redan en aktör som heter ”Föreningsrådet”';
    await page.getByRole('dialog').getByRole('alert').filter({ hasText: said }).first().waitFor();
    // Beside the field: its own description says so, for a screen reader as for the eye.
    const description = () => describedText(nameField);
    expect(await description()).toContain(said);
    expect(await nameField.getAttribute('aria-invalid')).toBe('true');
    await page.getByRole('dialog').getByRole('button', { name: 'Avbryt' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Stäng utan att spara' }).click();

    await page.getByRole('button', { name: 'Ändra Nattvandrarna Askersund' }).click();
    const chief = { 'X-Dev-Persona': personas.securityChief };
    const { body } = await request(server.url).get('/api/actors').set(chief);
    const actor = body.actors.find((a: { name: string }) => a.name === 'Nattvandrarna Askersund');
    await request(server.url)
      .patch(`/api/actors/${actor.id}`)
      .set(chief)
      .set('If-Match', actor.etag)
      .send({ contact: 'ny@nattvandrarna.example' })
      .expect(200);
    await page.getByRole('dialog').getByLabel('Kontakt').fill('min@andring.example');
    await page.getByRole('dialog').getByRole('button', { name: 'Spara' }).click();
    await page.getByRole('dialog').getByText('Någon annan hann före').waitFor();
    expect(await page.getByRole('dialog').textContent()).toContain('ny@nattvandrarna.example');
    await page.getByRole('dialog').getByRole('button', { name: 'Läs in på nytt' }).click();
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    await page.getByRole('table', { name: 'Aktörer' }).getByText('ny@nattvandrarna.example').waitFor();
    expect(
      await page
        .getByRole('table', { name: 'Aktörer' })
        .getByRole('row', { name: /Nattvandrarna/ })
        .textContent(),
    ).toContain('ny@nattvandrarna.example');
    await page.context().close();
  });

  it('opens a link whose address is cut short or broken (#/lagesbild/%E0) at its area, not on a blank page', async () => {
    const page = await openPage(browser);
    await signIn(page, 'Karin Ek');
    for (const hash of ['#/lagesbild/%E0%A4', '#/%ZZ', '#/installningar/%']) {
      await page.goto(`${server.url}/${hash}`);
      await page.getByRole('navigation', { name: 'Huvudmeny' }).waitFor();
      await page.getByRole('heading', { level: 1 }).waitFor();
    }
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Inställningar');
    // A year the product keeps nothing for opens the current year, as a year that is no year does.
    await page.goto(`${server.url}/#/atgardsplan/1899`);
    await page.getByRole('heading', { level: 2, name: /^Åtgärdsplan \d{4}$/ }).waitFor();
    expect(await page.getByText('Ogiltigt värde').count()).toBe(0);
    await page.context().close();
  });

  it('shows in the year choice the year a link opens, also one outside the years offered around this one', async () => {
    const page = await openPage(browser);
    await signIn(page, 'Karin Ek');
    const links = [
      { hash: '#/lagesbild/arlig/2015', shows: page.getByText('Den årliga lägesbilden för 2015', { exact: false }) },
      { hash: '#/lagesbild/kvartal/2019/2', shows: page.getByText('1 april 2019 – 30 juni 2019') },
      { hash: '#/rapport-kf/2030', shows: page.getByRole('heading', { name: /om 2030$/ }) },
    ];
    for (const { hash, shows } of links) {
      await page.goto(`${server.url}/${hash}`);
      await shows.first().waitFor();
      const year = hash.match(/\d{4}/)![0];
      expect(await page.getByRole('combobox', { name: 'År' }).inputValue(), hash).toBe(year);
    }
    await page.context().close();
  });

  it('keeps the tab readable when Back leaves a view whose dialog is open', async () => {
    const page = await openPage(browser);
    await signIn(page, 'Karin Ek');
    await page.goto(`${server.url}/#/lagesbild`);
    await page.getByRole('heading', { level: 1, name: 'Lägesbild' }).waitFor();
    await page.goto(`${server.url}/#/installningar`);
    await page.getByRole('button', { name: 'Registrering av Områden.geojson' }).click();
    await page.getByRole('dialog', { name: 'Registrering: Områden.geojson' }).waitFor();
    // The open dialog hides the rest of the tab from screen readers, as a modal dialog should.
    await page.locator('#root[aria-hidden="true"]').waitFor({ state: 'attached' });
    await page.goBack();
    // The view and its dialog are gone at once; the tab must not stay hidden (microsoft/tabster#530).
    await page.getByRole('heading', { level: 1, name: 'Lägesbild' }).waitFor();
    expect(await page.locator('#root[aria-hidden]').count()).toBe(0);
    await page.context().close();
  });

  it('says to reload when an area’s script is gone after a release, and the other areas still work', async () => {
    const page = await openPage(browser);
    // As after a release: the running tab asks for the situation area's script by its old name.
    await page.route(/\/assets\/SituationView-[^/]+\.js$/, (route) =>
      route.fulfill({ status: 404, contentType: 'text/plain', body: 'Filen finns inte.' }),
    );
    await signIn(page, 'Karin Ek');
    const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
    await nav.getByRole('link', { name: 'Lägesbild' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Den här delen kunde inte visas' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Ladda om fliken');
    await expectNoSeriousViolations(page, 'area that could not load');
    await nav.getByRole('link', { name: 'Åtgärdsplan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Åtgärdsplan' }).waitFor();

    await page.unroute(/\/assets\/SituationView-[^/]+\.js$/);
    await nav.getByRole('link', { name: 'Lägesbild' }).click();
    await page.getByRole('button', { name: 'Ladda om fliken' }).click();
    await page.getByRole('tablist', { name: 'Lägesbildens delar' }).waitFor();
    expect(await alert.count()).toBe(0);
    await page.context().close();
  });
});
