import { describe, expect, it } from 'vitest';
import {
  chromiumMissing,
  newPage,
  seriousAccessibilityViolations,
  settled,
  trackRequests,
} from '../support/browser.js';
import { tabInBrowser } from '../support/tab-in-browser.js';

const tab = tabInBrowser('2026-11-24T09:00:00+01:00');
const slugs = [
  'arshjul',
  'rapporter',
  'lagesbild',
  'atgardsplan',
  'strategiskt-rad',
  'rapport-kf',
  'bob',
  'installningar',
  'tillganglighet',
];

/**
 * A theme changes colours, not structure: the default theme gets every WCAG rule, dark and high contrast the
 * rules about colour (the contrast of text, and links told apart from the text around them).
 */
const rulesIn = {
  default: undefined,
  dark: ['color-contrast', 'link-in-text-block'],
  contrast: ['color-contrast', 'link-in-text-block'],
} as const;

/** Teams' default page background in each theme. */
const backgrounds = { default: 'rgb(255, 255, 255)', dark: 'rgb(41, 41, 41)', contrast: 'rgb(0, 0, 0)' } as const;

/**
 * Teams' three themes (outside Teams, ?theme= chooses one): every area readable, axe clean, in each, for the
 * säkerhetschef (forms) and the kommunsekreterare (the read views a reader gets instead).
 */
describe.skipIf(chromiumMissing)('the tab in Teams’ default, dark and high-contrast themes', () => {
  for (const [theme, person] of [
    ['default', 'Karin Ek'],
    ['dark', 'Karin Ek'],
    ['contrast', 'Karin Ek'],
    ['default', 'Ulla Ström'],
    ['dark', 'Ulla Ström'],
    ['contrast', 'Ulla Ström'],
  ] as const) {
    it(`has no serious accessibility finding on any area in the ${theme} theme for ${person}`, {
      timeout: 180_000,
    }, async () => {
      const page = await newPage(tab.browser);
      page.setDefaultTimeout(15_000);
      trackRequests(page);
      await page.goto(`${tab.server.url}/?theme=${theme}#/arshjul`);
      await page.getByRole('button', { name: new RegExp(person) }).click();
      await page.getByRole('navigation', { name: 'Huvudmeny' }).waitFor();
      // The theme is Teams' own: in dark and contrast a dark page background, not the light one.
      const background = await page.evaluate(
        () => getComputedStyle(document.querySelector('.fui-FluentProvider')!).backgroundColor,
      );
      expect(background).toBe(backgrounds[theme]);
      const findings: string[] = [];
      for (const slug of slugs) {
        await page.goto(`${tab.server.url}/?theme=${theme}#/${slug}`);
        await page.getByRole('navigation', { name: 'Huvudmeny' }).waitFor();
        // Each area's data, not only its frame: axe checks the view a person reads.
        await settled(page);
        findings.push(...(await seriousAccessibilityViolations(page, `${slug} (${theme})`, rulesIn[theme]?.slice())));
        // An area of several pages (Lägesbild, Strategiskt råd, BOB): every page of it too.
        const tabs = page.getByRole('main').getByRole('tablist').first().getByRole('tab');
        for (let index = 1; index < (await tabs.count()); index++) {
          const name = ((await tabs.nth(index).textContent()) ?? '').trim();
          await tabs.nth(index).click();
          await settled(page);
          findings.push(
            ...(await seriousAccessibilityViolations(page, `${slug} › ${name} (${theme})`, rulesIn[theme]?.slice())),
          );
        }
      }
      expect(findings).toEqual([]);
      await page.context().close();
    });
  }
});
