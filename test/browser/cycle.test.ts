import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumMissing, newPage, seriousAccessibilityViolations } from '../support/browser.js';
import { tabInBrowser } from '../support/tab-in-browser.js';

const tab = tabInBrowser('2026-11-24T09:00:00+01:00');

async function signInAs(name: string): Promise<Page> {
  const page = await newPage(tab.browser);
  await page.goto(tab.server.url);
  await page.getByRole('button', { name: new RegExp(name) }).click();
  await page.getByRole('heading', { name: 'Milstolpar i datumordning' }).waitFor();
  return page;
}

const councilInList = (page: Page) => page.getByRole('button', { name: /Strategiskt råd/ });
const councilOnWheel = (page: Page) => page.locator('svg g[data-milestone="2026-strategic-council"]');

describe.skipIf(chromiumMissing)('the year wheel in Chromium', () => {
  it('opens on this year with every milestone, today, what is late, and passes axe', async () => {
    const page = await signInAs('Karin Ek');
    expect(await page.getByText('Arbetsår 2026').count()).toBe(1);
    expect(await page.getByText('I dag: 24 november 2026').count()).toBe(1);
    expect(await page.locator('ol[aria-labelledby="milestone-list-heading"] > li').count()).toBe(11);
    expect(await page.locator('svg g[data-milestone]').count()).toBe(11);
    expect(await page.getByRole('img', { name: /Årshjul för arbetsår 2026: 4 försenade/ }).count()).toBe(1);
    expect(await page.getByRole('heading', { name: 'Försenat' }).count()).toBe(1);
    expect(await seriousAccessibilityViolations(page, 'year wheel')).toEqual([]);
    await page.context().close();
  });

  it('opens a milestone from the keyboard and shows per-department status', async () => {
    const page = await signInAs('Alex Wilber');
    const report = page.getByRole('button', { name: /Förvaltningarnas återrapportering/ });
    await report.focus();
    await page.keyboard.press('Enter');
    const details = page.getByRole('region', { name: 'Förvaltningarnas återrapportering' });
    await details.waitFor();
    // The details stand below the list: focus has moved to them.
    await expect.poll(() => details.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await details.getByRole('row').count()).toBe(8);
    expect(await details.textContent()).toContain('Socialförvaltningen');
    expect(await details.getByRole('button', { name: 'Flytta' }).count()).toBe(0);
    await page.context().close();
  });

  it('lets the säkerhetschef move the council date, kept after reload in both the wheel and the list', async () => {
    const page = await signInAs('Karin Ek');
    const before = await councilOnWheel(page).locator('circle').getAttribute('cx');
    await councilInList(page).click();
    const details = page.getByRole('region', { name: 'Strategiskt råd' });
    await details.getByLabel('Nytt datum').fill('2026-12-17');
    await details.getByLabel('Skäl (valfritt)').fill('Kommunstyrelsen sammanträder den 10:e');
    await details.getByRole('button', { name: 'Flytta' }).click();
    await details.getByText(/Datumet sattes av Karin Ek/).waitFor();

    await page.reload();
    await page.getByRole('heading', { name: 'Milstolpar i datumordning' }).waitFor();
    expect(await councilInList(page).textContent()).toContain('17 december 2026');
    expect(await councilOnWheel(page).getAttribute('data-due')).toBe('2026-12-17');
    expect(await councilOnWheel(page).locator('circle').getAttribute('cx')).not.toBe(before);
    expect(await page.getByRole('button', { name: /Beredning inför strategiska rådet/ }).textContent()).toContain(
      '10 december 2026',
    );
    await page.context().close();
  });

  it('offers to mark done only what can have happened: the fourth quarter says from when, the third takes a day after it', async () => {
    const page = await signInAs('Karin Ek');
    await page.getByRole('button', { name: /kvartal 4/ }).click();
    const fourth = page.getByRole('region', { name: /kvartal 4/ });
    await fourth.getByText('Kan markeras som klar från och med 1 januari 2027, när kvartalet är slut.').waitFor();
    expect(await fourth.getByRole('button', { name: 'Markera som klar' }).count()).toBe(0);
    expect(await seriousAccessibilityViolations(page, 'milestone not yet completable')).toEqual([]);
    await page.getByRole('button', { name: /kvartal 3/ }).click();
    const third = page.getByRole('region', { name: /kvartal 3/ });
    const doneOn = third.getByLabel('Klar den');
    expect([await doneOn.getAttribute('min'), await doneOn.getAttribute('max')]).toEqual(['2026-10-01', '2026-11-24']);
    await page.context().close();
  });

  it('switches between years', async () => {
    const page = await signInAs('Karin Ek');
    await page.getByRole('button', { name: 'Nästa år' }).click();
    await page.getByText('Arbetsår 2027').waitFor();
    expect(await page.locator('svg g[data-milestone="2027-department-report"]').count()).toBe(1);
    await page.getByRole('button', { name: 'Pågående år' }).click();
    await page.getByText('Arbetsår 2026').waitFor();
    await page.context().close();
  });

  it('lets the säkerhetschef change the template in Inställningar, and the wheel follows', async () => {
    const page = await signInAs('Karin Ek');
    await page.getByRole('link', { name: 'Inställningar' }).click();
    const template = page.getByRole('region', { name: 'Årshjulets mall' });
    await template.waitFor();
    const reportGroup = template.getByRole('group', { name: 'Förvaltningarnas återrapportering' });
    // An emptied number stays empty (no 0 the person did not write) and is refused beside its field.
    const day = reportGroup.getByRole('spinbutton', { name: 'Dag' });
    await day.fill('');
    expect(await day.inputValue()).toBe('');
    await template.getByRole('button', { name: 'Spara mallen' }).click();
    await reportGroup.locator('.fui-Field__validationMessage').getByText('ange en dag 1–31').waitFor();
    expect(await day.getAttribute('aria-invalid')).toBe('true');
    await day.fill('25');
    await reportGroup.getByRole('textbox', { name: /Påminnelser/ }).fill('14, sju');
    await template.getByRole('button', { name: 'Spara mallen' }).click();
    await reportGroup.getByText('Skriv heltal åtskilda med kommatecken.').waitFor();
    await reportGroup.getByRole('textbox', { name: /Påminnelser/ }).fill('10, 2, 0, -2');
    // A compilation due on the quarter's last day could never be on time: said beside the days after the quarter.
    const compilationGroup = template.getByRole('group', { name: 'Sammanställning av EST och polisens statistik' });
    const daysAfter = compilationGroup.getByRole('spinbutton');
    const usualDays = await daysAfter.inputValue();
    await daysAfter.fill('0');
    await template.getByRole('button', { name: 'Spara mallen' }).click();
    await compilationGroup
      .locator('.fui-Field__validationMessage')
      .getByText(/kvartal 1 får datumet 2026-03-31, men punkten kan bli klar först när kvartalet är slut/)
      .waitFor();
    await daysAfter.fill(usualDays);
    await template.getByRole('button', { name: 'Spara mallen' }).click();
    await template.getByText('Mallen är sparad.').first().waitFor();

    await page.getByRole('link', { name: 'Årshjul' }).click();
    await page.getByRole('heading', { name: 'Milstolpar i datumordning' }).waitFor();
    // Read again before the save counted as done: the wheel shows the new day at once, not the cached one.
    expect(await page.getByRole('button', { name: /Förvaltningarnas återrapportering/ }).textContent()).toContain(
      '25 november 2026',
    );
    await page.context().close();
  });

  it('shows the template read-only to a department head', async () => {
    const page = await signInAs('Alex Wilber');
    await page.getByRole('link', { name: 'Inställningar' }).click();
    const template = page.getByRole('region', { name: 'Årshjulets mall' });
    await template.waitFor();
    expect(await template.textContent()).toContain('Bara säkerhetschefen kan ändra mallen.');
    expect(await template.getByRole('button', { name: 'Spara mallen' }).count()).toBe(0);
    // A reader gets the template as a table, not a disabled form.
    expect(await template.getByRole('spinbutton').count()).toBe(0);
    const rows = template.getByRole('table', { name: 'Årshjulets mall' }).getByRole('row');
    const council = rows.filter({ has: page.getByRole('cell', { name: 'Strategiskt råd', exact: true }) });
    expect(await council.getByRole('cell').allInnerTexts()).toEqual([
      'Strategiskt råd',
      '10 december',
      'Kommunen bjuder in (säkerhetschefen)',
      '28, 7 dagar före',
    ]);
    const request = rows.filter({
      has: page.getByRole('cell', { name: 'Aktörernas skriftliga lägesbilder', exact: true }),
    });
    expect((await request.getByRole('cell').allInnerTexts())[1]).toBe('3 veckor före Strategiskt råd');
    await page.context().close();
  });
});
