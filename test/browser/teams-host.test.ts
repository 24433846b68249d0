import type { Browser } from 'playwright-core';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalAuthenticator } from '../../api/auth/local-authenticator.js';
import { seedDemoData } from '../../api/seed/seed-demo-data.js';
import { startGraphSimulator, type GraphSimulator } from '../graph-simulator/graph-simulator.js';
import { siteWebUrl } from '../graph-simulator/state.js';
import { chromiumMissing, launchChromium, newPage } from '../support/browser.js';
import { personas } from '../support/personas.js';
import { teamsHostPage } from '../support/teams-host-stub.js';
import { startAppTokenAuthority, tenantEnv } from '../support/tenant.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

let simulator: GraphSimulator;
let authority: { url: string; close(): Promise<void> };
let server: TestServer;
let browser: Browser;
const chief = { 'X-Dev-Persona': personas.securityChief };

/** The tab inside a Teams stand-in, with the service keeping its documents in SharePoint (the Graph simulator). */
beforeAll(async () => {
  if (chromiumMissing) return;
  authority = await startAppTokenAuthority();
  simulator = await startGraphSimulator({ acceptToken: (token) => token === 'app-token' });
  server = await startTestServer({
    now: '2026-11-24T09:00:00+01:00',
    env: tenantEnv(simulator, authority.url),
    authenticator: (ctx) => new LocalAuthenticator(ctx.organisation),
  });
  await seedDemoData(server.ctx.store, server.ctx.organisation);
  browser = await launchChromium();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await simulator?.close();
  await authority?.close();
});

describe.skipIf(chromiumMissing)('documents opened from the tab in Teams', () => {
  it('open in SharePoint through app.openLink, and what is not stored there downloads from the app’s own address', {
    timeout: 90_000,
  }, async () => {
    const meeting = await request(server.url)
      .post('/api/bob/meetings')
      .set(chief)
      .send({ date: '2026-11-20', title: 'Läget i centrum' })
      .expect(201);
    await request(server.url).post(`/api/bob/meetings/${meeting.body.id}/document`).set(chief).expect(201);

    const page = await newPage(browser);
    page.setDefaultTimeout(15_000);
    await page.route(`${server.url}/teams-host.html`, (route) =>
      route.fulfill({ contentType: 'text/html', body: teamsHostPage('/#/bob') }),
    );
    await page.goto(`${server.url}/teams-host.html`);
    const tab = page.frameLocator('#tab');
    await tab.getByRole('button', { name: /Karin Ek/ }).click();
    const row = tab
      .getByRole('table', { name: 'BOB-gruppens möten, senaste först' })
      .getByRole('row', { name: /Läget i centrum/ });
    await row.getByRole('button', { name: 'Hämta Läget i centrum som Word-dokument' }).click();
    await page.waitForFunction(() => (window as unknown as { openedLinks: string[] }).openedLinks.length > 0);
    const opened = await page.evaluate(() => (window as unknown as { openedLinks: string[] }).openedLinks);
    expect(opened).toEqual([`${siteWebUrl(simulator.url)}/bob/M%C3%B6ten/2026-11-20%20L%C3%A4get%20i%20centrum.docx`]);
    expect(await page.evaluate(() => (window as unknown as { hostCalls: string[] }).hostCalls)).toEqual(
      expect.arrayContaining(['initialize', 'getContext']),
    );

    // The calendar is made on request, not kept in SharePoint: a same-origin download, no blob URL.
    await tab.getByRole('navigation', { name: 'Huvudmeny' }).getByText('Årshjul').click();
    const download = page.waitForEvent('download');
    await tab.getByRole('button', { name: 'Exportera till kalendern (.ics)' }).click();
    expect((await download).url()).toMatch(new RegExp(`^${server.url}/api/cycles/2026/calendar\\.ics\\?dl=`));
    expect(await page.evaluate(() => (window as unknown as { openedLinks: string[] }).openedLinks)).toHaveLength(1);
  });
});
