import { describe, expect, it } from 'vitest';
import { chromiumMissing, describedText, newPage, seriousAccessibilityViolations } from '../support/browser.js';
import { tabInBrowser } from '../support/tab-in-browser.js';

const tab = tabInBrowser('2026-11-24T09:00:00+01:00');

describe.skipIf(chromiumMissing)('a long text in the tab counts toward the service’s limit', () => {
  it('in the November report: the count from four fifths of the limit, then by how much it is over', {
    timeout: 60_000,
  }, async () => {
    const page = await tab.open('rapporter', 'Alex Wilber');
    const situation = page.locator('form').getByRole('textbox', { name: /Förvaltningens lägesbild/ });
    await situation.fill('a'.repeat(7_000));
    expect(await describedText(situation)).not.toContain('tecken');
    await situation.fill(` ${'a'.repeat(8_500)}\n`);
    // Counted as the service counts, trimmed, with the thousands apart.
    expect(await describedText(situation)).toContain('8\u00a0500 av 10\u00a0000 tecken');
    expect(await situation.getAttribute('aria-invalid')).not.toBe('true');
    await situation.fill('a'.repeat(10_012));
    expect(await describedText(situation)).toContain('högst 10\u00a0000 tecken – 12 tecken för mycket');
    expect(await situation.getAttribute('aria-invalid')).toBe('true');
    expect(await seriousAccessibilityViolations(page, 'report over its limit')).toEqual([]);
    await page.getByRole('button', { name: 'In English' }).click();
    const english = page.locator('form').getByRole('textbox', { name: /The department’s situation picture/ });
    expect(await describedText(english)).toContain('at most 10,000 characters – 12 too many');
    await page.context().close();
  });

  it('in a one-line field: a word pasted past its limit is kept whole and said to be too long', {
    timeout: 60_000,
  }, async () => {
    const page = await tab.open('rapporter', 'Alex Wilber');
    const form = page.locator('form');
    await form.getByRole('button', { name: 'Lägg till iakttagelse' }).click();
    await form.getByRole('combobox', { name: 'Kategori' }).last().selectOption({ label: 'Annat – beskriv' });
    const own = form.getByRole('textbox', { name: 'Annan kategori, med egna ord' }).last();
    const word = 'Ungdomsgrupper som samlas vid laddstolparna vid resecentrum sent';
    await own.fill(`${word} på kvällen`);
    // Nothing cut: the field holds all 75 characters and says by how much they are over the 60 the service takes.
    expect(await own.inputValue()).toBe(`${word} på kvällen`);
    expect(await describedText(own)).toContain('15 tecken för mycket');
    expect(await own.getAttribute('aria-invalid')).toBe('true');
    await page.context().close();
  });

  it('in a one-line field of a dialog, from the limit the service refuses at', { timeout: 60_000 }, async () => {
    const page = await tab.open('lagesbild/poster', 'Karin Ek');
    await page.getByRole('button', { name: 'Ny post' }).click();
    const area = page.getByRole('dialog', { name: 'Ny post' }).getByRole('combobox', { name: /^Område/ });
    await area.fill('d'.repeat(100));
    expect(await describedText(area)).toContain('100 av 120 tecken');
    await area.fill('d'.repeat(121));
    expect(await describedText(area)).toContain('1 tecken för mycket');
    expect(await area.getAttribute('aria-invalid')).toBe('true');
    await page.context().close();
  });

  it('in the plan, the settings and the year wheel: their one-line fields count too', { timeout: 90_000 }, async () => {
    const page = await tab.open('installningar', 'Karin Ek');
    await page.getByRole('button', { name: 'Lägg till förvaltning' }).first().click();
    const name = page.getByRole('dialog').getByRole('textbox', { name: /^Namn/ });
    await name.fill('f'.repeat(121));
    expect(await describedText(name)).toContain('1 tecken för mycket');
    expect(await name.getAttribute('aria-invalid')).toBe('true');
    await page.keyboard.press('Escape');

    await page.goto(`${tab.server.url}/#/atgardsplan/2027`);
    await page.getByRole('button', { name: 'Påbörja en tom plan' }).click();
    const one = page.getByRole('region', { name: /^Del 1\./ });
    await one.getByRole('button', { name: 'Lägg till problem' }).click();
    const problem = one.getByRole('textbox', { name: /^Problem/ });
    await problem.fill('p'.repeat(160));
    expect(await describedText(problem)).toContain('160 av 200 tecken');

    await page.goto(`${tab.server.url}/#/arshjul`);
    await page.getByRole('button', { name: /Strategiskt råd/ }).click();
    const reason = page.getByRole('region', { name: 'Strategiskt råd' }).getByRole('textbox', { name: /^Skäl/ });
    await reason.fill('r'.repeat(450));
    expect(await describedText(reason)).toContain('450 av 500 tecken');
    await page.context().close();
  });

  it('in an autosaved section of the annual lägesbild, and the service refuses what is over', {
    timeout: 60_000,
  }, async () => {
    const page = await tab.open('lagesbild/arlig/2026/summary', 'Karin Ek');
    const summary = page.getByRole('textbox', { name: 'Sammanfattning' });
    await summary.fill('b'.repeat(20_001));
    await expect.poll(() => describedText(summary)).toContain('20\u00a0001 av 20\u00a0000 tecken');
    // The autosave is refused: the service's own words stand beside the field instead of the tab's count.
    await expect.poll(() => describedText(summary), { timeout: 15_000 }).not.toContain('för mycket');
    expect(await describedText(summary)).toContain('högst 20\u00a0000 tecken');
    expect(await summary.getAttribute('aria-invalid')).toBe('true');
    await page.context().close();
  });

  for (const theme of ['dark', 'contrast'] as const)
    it(`reads the count and the excess in the ${theme} theme`, { timeout: 60_000 }, async () => {
      const page = await newPage(tab.browser);
      await page.goto(`${tab.server.url}/?theme=${theme}#/lagesbild/poster`);
      await page.getByRole('button', { name: /Karin Ek/ }).click();
      await page.getByRole('button', { name: 'Ny post' }).click();
      const description = page.getByRole('dialog', { name: 'Ny post' }).getByRole('textbox', { name: 'Beskrivning' });
      await description.fill('c'.repeat(3_500));
      expect(await describedText(description)).toContain('3\u00a0500 av 4\u00a0000 tecken');
      expect(await seriousAccessibilityViolations(page, `count (${theme})`, ['color-contrast'])).toEqual([]);
      await description.fill('c'.repeat(4_001));
      expect(await describedText(description)).toContain('1 tecken för mycket');
      expect(await seriousAccessibilityViolations(page, `excess (${theme})`, ['color-contrast'])).toEqual([]);
      await page.context().close();
    });
});
