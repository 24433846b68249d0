import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../api/config/env.js';
import { createContext } from '../../api/context.js';
import { documentLibraries } from '../../api/documents/libraries.js';
import { createApp } from '../../api/http/app.js';
import { startGraphSimulator, type GraphSimulator } from '../graph-simulator/graph-simulator.js';
import { freePort } from '../support/free-port.js';

const tenantId = '11111111-2222-3333-4444-555555555555';
const clientId = '66666666-7777-8888-9999-000000000000';

const tenantEnv = (simulator: GraphSimulator, extra: Record<string, string> = {}) => ({
  NODE_ENV: 'test',
  LOG_LEVEL: 'silent',
  CLOCK_FIXED_AT: '2026-11-24T09:00:00+01:00',
  PUBLIC_URL: 'https://trygghet.askersund.se',
  ENTRA_TENANT_ID: tenantId,
  ENTRA_CLIENT_ID: clientId,
  ENTRA_CLIENT_SECRET: 'hemlis',
  SHAREPOINT_SITE_ID: simulator.siteId,
  GRAPH_BASE_URL: simulator.url,
  // The bot's managed identity: Entra sign-in is refused beside an anonymous bot.
  BOT_CLIENT_ID: '77777777-8888-4999-8aaa-bbbbbbbbbbbb',
  ...extra,
});

interface SnapshotList {
  name: string;
  template: string;
  items: unknown[];
}

describe('with the Microsoft 365 settings, the service keeps its data in SharePoint', () => {
  let simulator: GraphSimulator;

  beforeEach(async () => {
    simulator = await startGraphSimulator();
  });
  afterEach(async () => {
    await simulator.close();
  });

  it('creates its lists and libraries on the site, seeds no demo people, and health says sharepoint', async () => {
    const ctx = await createContext(loadConfig(tenantEnv(simulator)), {
      graphTokens: { getToken: async () => 'stub-token' },
    });
    expect(ctx.store.kind).toBe('sharepoint');
    const app = createApp(ctx);
    const health = await request(app).get('/api/health').expect(200);
    expect(health.body).toMatchObject({ status: 'ok', store: 'sharepoint', authMode: 'entra' });

    const site = simulator.snapshot() as SnapshotList[];
    const names = site.map((list) => list.name);
    expect(names).toEqual(
      expect.arrayContaining(['settings', 'departmentReports', 'people', 'departments', 'appFileVersions']),
    );
    for (const library of Object.values(documentLibraries))
      expect(site.find((list) => list.name === library.name)?.template).toBe('documentLibrary');
    expect(site.find((list) => list.name === 'people')?.items).toEqual([]);
    const settings = site.find((list) => list.name === 'settings')?.items as { fields: Record<string, unknown> }[];
    expect(settings.map((item) => item.fields.key)).toContain('cycleTemplate');
    expect(settings.every((item) => item.fields.app_createdBy === 'system:defaults')).toBe(true);
  });

  it('stays live and ready while Graph throttles, answering at once without waiting out retries', async () => {
    const ctx = await createContext(loadConfig(tenantEnv(simulator)), {
      graphTokens: { getToken: async () => 'stub-token' },
    });
    for (const fault of ['throttle', 'unavailable'] as const) {
      simulator.faults.add({ fault, method: 'GET', path: /^\/sites\/[^/]+\?/, retryAfterSeconds: 30, times: 1 });
      await request(createApp(ctx)).get('/api/health').expect(200);
      const ready = await request(createApp(ctx)).get('/api/health/ready').expect(200);
      expect(ready.body).toMatchObject({ status: 'ready', store: { kind: 'sharepoint', state: 'throttled' } });
    }
  });

  it('is not ready when Graph refuses the app', async () => {
    const ctx = await createContext(loadConfig(tenantEnv(simulator)), {
      graphTokens: { getToken: async () => 'stub-token' },
    });
    simulator.faults.add({ fault: 'forbidden', method: 'GET', path: /^\/sites\/[^/]+\?/, times: 1 });
    const ready = await request(createApp(ctx)).get('/api/health/ready').expect(503);
    expect(ready.body).toMatchObject({ status: 'unavailable', store: { kind: 'sharepoint', state: 'unreachable' } });
  });
});

describe('npm start with the Microsoft 365 settings', () => {
  let simulator: GraphSimulator;
  let authority: Server;
  let issued: string[];

  beforeEach(async () => {
    issued = [];
    // Entra ID's token endpoint, standing in locally: the service gets its app-only token here.
    authority = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        const form = new URLSearchParams(body);
        // MSAL adds a client-request-id to the token endpoint's query string.
        if (
          new URL(req.url ?? '/', 'http://authority').pathname !== `/${tenantId}/oauth2/v2.0/token` ||
          form.get('client_secret') !== 'hemlis' ||
          form.get('scope') !== 'https://graph.microsoft.com/.default'
        ) {
          res.writeHead(401, { 'Content-Type': 'application/json' }).end(JSON.stringify({ error: 'invalid_client' }));
          return;
        }
        const token = `app-token-${issued.length + 1}`;
        issued.push(token);
        res
          .writeHead(200, { 'Content-Type': 'application/json' })
          .end(JSON.stringify({ token_type: 'Bearer', expires_in: 3599, access_token: token }));
      });
    });
    await new Promise<void>((resolve) => authority.listen(0, '127.0.0.1', resolve));
    simulator = await startGraphSimulator({ acceptToken: (token) => issued.includes(token) });
  });
  afterEach(async () => {
    await simulator.close();
    await new Promise<void>((resolve) => authority.close(() => resolve()));
  });

  it('starts on the sharepoint adapter with a token from the authority and says so', async () => {
    const port = await freePort();
    const child = spawn(process.execPath, ['--import', 'tsx', 'api/server.ts'], {
      env: {
        ...process.env,
        ...tenantEnv(simulator, { NODE_ENV: 'development', PORT: String(port), REMINDER_INTERVAL_SECONDS: '0' }),
        ENTRA_AUTHORITY_HOST: `http://127.0.0.1:${(authority.address() as AddressInfo).port}`,
        ENV_FILE: '',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const output = await new Promise<string>((resolve, reject) => {
        let text = '';
        child.stdout.on('data', (chunk: Buffer) => {
          text += chunk.toString();
          if (text.includes('Lagring / store')) resolve(text);
        });
        child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString()));
        child.on('exit', (code) => reject(new Error(`the service stopped (${code}):\n${text}`)));
      });
      expect(output).toMatch(/Lagring \/ store: sharepoint \(SharePoint kommun\.sharepoint\.com,/);
      const health = await fetch(`http://127.0.0.1:${port}/api/health`).then((r) => r.json());
      expect(health).toMatchObject({ status: 'ok', store: 'sharepoint', authMode: 'entra' });
      expect(issued).toEqual(['app-token-1']);
    } finally {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    }
  });
});
