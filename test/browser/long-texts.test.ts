import type { Page } from 'playwright-core';
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { chromiumMissing, newPage, settled, trackRequests } from '../support/browser.js';
import { as, personas } from '../support/personas.js';
import { tabInBrowser } from '../support/tab-in-browser.js';

const tab = tabInBrowser('2026-11-24T09:00:00+01:00');
const chief = as(personas.securityChief);
/** As long as each field takes, and with no place to break a line. */
const unbroken = (length: number, letter = 'Ö') => letter.repeat(length);

beforeAll(async () => {
  if (chromiumMissing) return;
  const api = () => request(tab.server.url);
  const actors = (await api().get('/api/actors').set(chief).expect(200)).body.actors;
  await api()
    .post('/api/actors')
    .set(chief)
    .send({ name: unbroken(120, 'A'), kind: actors[0].kind, contact: unbroken(200, 'c') })
    .expect(201);
  await api()
    .post('/api/situation/entries')
    .set(chief)
    .send({
      date: '2026-11-20',
      area: unbroken(120, 'P'),
      category: 'klotter',
      source: 'other',
      sourceName: unbroken(120, 'S'),
      description: unbroken(2000, 'D'),
    })
    .expect(201);
  await api()
    .post('/api/agreements')
    .set(chief)
    .send({ actorId: actors[0].id, title: unbroken(200, 'T'), signedOn: '2026-01-10', note: unbroken(2000, 'N') })
    .expect(201);
  await api()
    .post('/api/bob/meetings')
    .set(chief)
    .send({ date: '2026-11-10', title: unbroken(200, 'B'), place: unbroken(200, 'L'), notes: unbroken(2000, 'n') })
    .expect(201);
  if ((await api().get('/api/action-plans/2027').set(chief)).status === 404)
    await api().post('/api/action-plans/2027').set(chief).send({}).expect(201);
  await api()
    .post('/api/action-plans/2027/actions')
    .set(chief)
    .send({ title: unbroken(200, 'H'), description: unbroken(4000, 'd'), part: 1, indicator: unbroken(500, 'i') })
    .expect(201);
});

const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/** The innermost elements reaching past the window's right edge, to name in a failure. */
const widest = (page: Page) =>
  page.evaluate(() => {
    const past = (element: Element) => element.getBoundingClientRect().right > window.innerWidth + 1;
    return [...document.querySelectorAll('main *')]
      .filter((element) => past(element) && ![...element.children].some(past))
      .slice(0, 3)
      .map((element) => `<${element.tagName.toLowerCase()} class="${element.getAttribute('class') ?? ''}">`)
      .join(', ');
  });

/** Each area of the tab, every page of it: the säkerhetschef's forms and the kommunsekreterare's read views. */
const areas = [
  'arshjul',
  'rapporter',
  'lagesbild',
  'atgardsplan/2027',
  'strategiskt-rad',
  'rapport-kf/2026',
  'bob',
  'installningar',
];

describe.skipIf(chromiumMissing)('texts as long as a field takes, unbroken, at 320 px', () => {
  for (const person of ['Karin Ek', 'Ulla Ström']) {
    it(`never widen a view beyond the window for ${person}`, { timeout: 120_000 }, async () => {
      const page = await newPage(tab.browser, { width: 320, height: 800 });
      page.setDefaultTimeout(15_000);
      trackRequests(page);
      await page.goto(tab.server.url);
      await page.getByRole('button', { name: new RegExp(person) }).click();
      await page.getByRole('banner').getByText(person).waitFor();
      const failures: string[] = [];
      let views = 0;
      for (const slug of areas) {
        await page.goto(`${tab.server.url}/#/${slug}`);
        await page.getByRole('heading', { level: 1 }).waitFor();
        await settled(page);
        const tabs = page.getByRole('main').getByRole('tablist').first().getByRole('tab');
        const count = await tabs.count();
        for (let index = 0; index < Math.max(count, 1); index++) {
          if (index > 0) {
            await tabs.nth(index).click();
            await settled(page);
          }
          views++;
          const over = await overflow(page);
          if (over > 0) failures.push(`#/${slug}, page ${index + 1}: ${over} px too wide: ${await widest(page)}`);
        }
      }
      expect(views).toBeGreaterThan(10);
      expect(failures).toEqual([]);
      await page.context().close();
    });
  }
});

describe.skipIf(chromiumMissing)('dialogs about a long-named item at 320 px', () => {
  it('keep their title and content inside the window', { timeout: 120_000 }, async () => {
    const page = await newPage(tab.browser, { width: 320, height: 800 });
    page.setDefaultTimeout(15_000);
    trackRequests(page);
    await page.goto(`${tab.server.url}/#/lagesbild/poster`);
    await page.getByRole('button', { name: /Karin Ek/ }).click();
    await page.getByRole('banner').getByText('Karin Ek').waitFor();
    await settled(page);
    const failures: string[] = [];
    const measure = async (what: string) => {
      const dialog = page.getByRole('dialog').or(page.getByRole('alertdialog'));
      await dialog.waitFor();
      await settled(page);
      const over = await overflow(page);
      const box = (await dialog.boundingBox())!;
      if (over > 0 || box.x < 0 || box.x + box.width > 321)
        failures.push(`${what}: ${over} px, ${JSON.stringify(box)} ${await widest(page)}`);
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
    };
    await page.getByRole('button', { name: /^Historik för posten P+/ }).click();
    await measure('history');
    await page.getByRole('button', { name: /^Ändra posten P+/ }).click();
    await measure('edit');
    await page.getByRole('button', { name: /^Ta bort posten P+/ }).click();
    await measure('remove');
    for (const [slug, item] of [
      ['atgardsplan/2027', /^(Ändra|Ta bort|Historik).*H{20}/],
      ['strategiskt-rad/overenskommelser', /^(Ändra|Ta bort|Historik).*T{20}/],
      ['bob/moten', /^(Ändra|Ta bort|Historik).*B{20}/],
    ] as const) {
      await page.goto(`${tab.server.url}/#/${slug}`);
      await settled(page);
      const buttons = page.getByRole('main').getByRole('button', { name: item });
      expect(await buttons.count(), slug).toBeGreaterThan(0);
      for (let index = 0; index < (await buttons.count()); index++) {
        const name =
          (await buttons.nth(index).getAttribute('aria-label')) ?? (await buttons.nth(index).textContent()) ?? '';
        await buttons.nth(index).click();
        await measure(`${slug}: ${name.slice(0, 30)}`);
      }
    }
    expect(failures).toEqual([]);
    await page.context().close();
  });
});
