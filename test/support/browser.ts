import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type FileChooser, type Locator, type Page } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Locally a missing Chromium skips the browser tests; in CI (CI=true) it fails them. */
export const chromiumMissing = !existsSync(chromiumPath);
if (chromiumMissing && process.env.CI === 'true') {
  throw new Error(`Chromium not found at ${chromiumPath}; CI must install it (apt-get install -y chromium)`);
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

/** A fresh context per test: Swedish locale, and reduced motion so axe measures what is painted, not a fade-in. */
export async function newPage(browser: Browser, viewport = { width: 1360, height: 1000 }): Promise<Page> {
  const context = await browser.newContext({ locale: 'sv-SE', reducedMotion: 'reduce', viewport });
  return context.newPage();
}

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** axe-core's own bundle, put into a page once: the page keeps it over the tab's in-app navigation. */
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * WCAG 2.1 A/AA with axe-core: no serious or critical violation, each named in the failure. axe runs in the page
 * itself: @axe-core/playwright put its 500 KB source in twice and merged the results in a new blank page on every
 * run (0.5–1.5 s each here), for frames the tab's views do not have.
 */
export async function seriousAccessibilityViolations(
  page: Page,
  where: string,
  /** Only these axe rules (a theme changes colours alone, so its run needs only the colour rules). */
  rules?: string[],
): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  // What is painted once a fade or a slide has ended (a notice coming in, an error going): axe measures colours
  // as they are at that moment. Endless ones (a spinner) are not waited for.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation.effect?.getComputedTiming().iterations !== Number.POSITIVE_INFINITY)
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  );
  const violations = await page.evaluate(
    ({ rules, tags }) => {
      const { axe } = window as unknown as { axe: typeof import('axe-core') };
      // Fluent UI's focus manager (tabster) puts aria-hidden focus sentinels on <body> that hand focus on at once;
      // they are not content, so they are left out rather than the whole rule.
      const context = { exclude: [['[data-tabster-dummy]']] };
      const runOnly = rules ? { type: 'rule' as const, values: rules } : { type: 'tag' as const, values: tags };
      return axe.run(context, { runOnly, resultTypes: ['violations'] }).then((results) => results.violations);
    },
    { rules, tags: wcagTags },
  );
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${where}: ${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

type ChosenFiles = Parameters<FileChooser['setFiles']>[0];

/** Chooses files the way a person does: presses the picker's button and answers the system's file dialog. */
export async function chooseFile(button: Locator, files: ChosenFiles): Promise<void> {
  const [chooser] = await Promise.all([button.page().waitForEvent('filechooser'), button.click()]);
  await chooser.setFiles(files);
}

const inFlight = new WeakMap<Page, () => number>();

/** Counts the page's requests in flight from now on, for settled(). */
export function trackRequests(page: Page): void {
  let pending = 0;
  page.on('request', () => pending++);
  page.on('requestfinished', () => pending--);
  page.on('requestfailed', () => pending--);
  inFlight.set(page, () => pending);
}

/**
 * Until the view has fetched what it shows: no spinner, and no request in flight for 300 ms. The tab routes
 * by the hash, so Playwright's networkidle, a state of the last page load, is reached before a view's data.
 */
export async function settled(page: Page): Promise<void> {
  const pending = inFlight.get(page);
  if (!pending) throw new Error('settled() needs trackRequests(page) first');
  await page.locator('[role="progressbar"]').first().waitFor({ state: 'detached' });
  for (let quiet = 0; quiet < 3; ) {
    await page.waitForTimeout(100);
    quiet = pending() === 0 ? quiet + 1 : 0;
  }
  await page.locator('[role="progressbar"]').first().waitFor({ state: 'detached' });
}

/** What a screen reader hears with a control besides its name: the texts its aria-describedby names. */
export function describedText(control: Locator): Promise<string> {
  return control.evaluate((element) =>
    (element.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' '),
  );
}

/**
 * Registers a stored document as fastställd on `day` through its Registrering dialog, as the registrator does,
 * and waits for the page to say it gets no new version (`shown`, the day as the page writes it).
 */
export async function registerFaststalld(
  scope: Page | Locator,
  fileName: string,
  day: { iso: string; shown: string },
): Promise<void> {
  const page = 'page' in scope ? scope.page() : scope;
  await scope.getByRole('button', { name: `Registrering av ${fileName}` }).click();
  const dialog = page.getByRole('dialog', { name: `Registrering: ${fileName}` });
  await dialog.getByLabel('Fastställd').fill(day.iso);
  await dialog.getByRole('button', { name: 'Spara registreringen' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await scope
    .getByText(new RegExp(`^Dokumentet är registrerat som fastställt ${day.shown} och får ingen ny version\\.`))
    .waitFor();
}
