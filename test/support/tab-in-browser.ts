import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { chromiumMissing, launchChromium, newPage } from './browser.js';
import { startTestServer, type TestServer } from './test-server.js';

/** A test file's whole service on a fixed date and one Chromium, started before its tests and closed after. */
export function tabInBrowser(now: string) {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    if (chromiumMissing) return;
    server = await startTestServer({ now });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get server(): TestServer {
      return server!;
    },
    get browser(): Browser {
      return browser!;
    },
    /** Opens #/<hash> as the demo person whose sign-in button matches `person`, once the menu is there. */
    async open(hash: string, person: string): Promise<Page> {
      const page = await newPage(browser!);
      // Room for a view that reads several sections while another test file's Chromium shares the two cores.
      page.setDefaultTimeout(30_000);
      await page.goto(`${server!.url}/#/${hash}`);
      await page.getByRole('button', { name: new RegExp(person) }).click();
      await page.getByRole('navigation', { name: 'Huvudmeny' }).waitFor();
      return page;
    },
  };
}
