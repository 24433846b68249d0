import { afterAll, beforeAll, expect, it } from 'vitest';
import { LocalAuthenticator } from '../../api/auth/local-authenticator.js';
import { seedDemoData } from '../../api/seed/seed-demo-data.js';
import { startGraphSimulator, type GraphSimulator } from '../graph-simulator/graph-simulator.js';
import { startAppTokenAuthority, tenantEnv } from '../support/tenant.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { describeAccessMatrix, matrixDate } from './access-matrix.js';

let simulator: GraphSimulator;
let authority: { url: string; close(): Promise<void> };
let server: TestServer | undefined;

/** The matrix on the sharepoint adapter, through the Graph simulator: the same answers, BOB entries in BOB's own list. */
beforeAll(async () => {
  authority = await startAppTokenAuthority();
  simulator = await startGraphSimulator({ acceptToken: (token) => token === 'app-token' });
});
afterAll(async () => {
  await server?.close();
  await simulator?.close();
  await authority?.close();
});

describeAccessMatrix(
  'SharePoint',
  async () => {
    server = await startTestServer({
      now: matrixDate,
      env: tenantEnv(simulator, authority.url),
      authenticator: (ctx) => new LocalAuthenticator(ctx.organisation),
    });
    await seedDemoData(server.ctx.store, server.ctx.organisation);
    return server;
  },
  () => {
    it('keeps the BOB-marked entry in the BOB-only list, so SharePoint guards it outside the app too', () => {
      const site = simulator.snapshot() as { name: string; items: { fields: Record<string, unknown> }[] }[];
      const texts = (name: string) => JSON.stringify(site.find((list) => list.name === name)!.items);
      expect(texts('situationEntriesBob')).toContain('BOBHEMLIS');
      expect(texts('situationEntries')).not.toContain('BOBHEMLIS');
    });
  },
);
