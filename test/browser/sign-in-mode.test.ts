import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EntraAuthenticator } from '../../api/auth/entra-authenticator.js';
import { loadConfig } from '../../api/config/env.js';
import { chromiumMissing, launchChromium, newPage, seriousAccessibilityViolations } from '../support/browser.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  if (chromiumMissing) return;
  const settings = loadConfig({
    ENTRA_TENANT_ID: 't',
    ENTRA_CLIENT_ID: 'c',
    ENTRA_CLIENT_SECRET: 's',
    SHAREPOINT_SITE_ID: 'site',
    PUBLIC_URL: 'https://trygghet.askersund.se',
  }).microsoft365!;
  // No keys are needed: a plain browser never gets a token to present.
  server = await startTestServer({
    authenticator: (ctx) =>
      new EntraAuthenticator(settings, ctx.organisation, ctx.clock, async () =>
        Promise.reject(new Error('no keys in this test')),
      ),
  });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe.skipIf(chromiumMissing)('the tab with Entra sign-in', () => {
  it('offers no demo people in a plain browser and says to open the app from Teams', async () => {
    const page = await newPage(browser);
    await page.goto(server.url);
    await page.getByText(/Öppna appen i Teams/).waitFor();
    expect(await page.getByRole('button', { name: /Karin Ek/ }).count()).toBe(0);
    expect(await seriousAccessibilityViolations(page, 'entra outside Teams')).toEqual([]);
    await page.context().close();
  });
});
