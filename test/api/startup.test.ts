import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { personas } from '../support/personas.js';
import { startTestServer } from '../support/test-server.js';

const run = promisify(execFile);

describe('start-up', () => {
  it('stops with a message naming a wrong variable', async () => {
    const failure = await run(process.execPath, ['--import', 'tsx', 'api/server.ts'], {
      env: { ...process.env, ENV_FILE: '', PORT: 'abc', NODE_ENV: 'development' },
    }).then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toMatch(/PORT: expected a port number/);
  });

  it('keeps what users changed when started again, without seeding twice', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'restart-'));
    try {
      const first = await startTestServer({ dataDir });
      const chief = { 'X-Dev-Persona': personas.securityChief };
      const { body } = await request(first.url).get('/api/actors').set(chief);
      const actor = body.actors[0];
      await request(first.url)
        .patch(`/api/actors/${actor.id}`)
        .set(chief)
        .set('If-Match', actor.etag)
        .send({ contact: 'ändrad@example.se' })
        .expect(200);
      const countBefore = body.actors.length;
      await first.close();

      const second = await startTestServer({ dataDir });
      const after = await request(second.url).get('/api/actors').set(chief);
      expect(after.body.actors).toHaveLength(countBefore);
      expect(after.body.actors.find((a: { id: string }) => a.id === actor.id).contact).toBe('ändrad@example.se');
      await second.close();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('unsafe combinations are refused with the product’s message', () => {
  const start = (env: Record<string, string>) =>
    run(process.execPath, ['--import', 'tsx', 'api/server.ts'], {
      env: { ...process.env, ENV_FILE: '', PORT: '39872', REMINDER_INTERVAL_SECONDS: '0', ...env },
    }).then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
  const tenant = {
    ENTRA_TENANT_ID: '11111111-2222-3333-4444-555555555555',
    ENTRA_CLIENT_ID: '66666666-7777-8888-9999-000000000000',
    ENTRA_CLIENT_SECRET: 'hemlis',
    SHAREPOINT_SITE_ID: 'host,1,2',
    PUBLIC_URL: 'https://trygghet.askersund.se',
    GRAPH_BASE_URL: 'http://127.0.0.1:9/v1.0',
  };

  it('refuses Entra sign-in beside an anonymous bot, in development and in production, naming BOT_CLIENT_ID', async () => {
    for (const NODE_ENV of ['development', 'production']) {
      const failure = await start({ ...tenant, NODE_ENV });
      expect(failure?.code, NODE_ENV).toBe(1);
      expect(failure?.stderr).toMatch(/kan inte starta[\s\S]*BOT_CLIENT_ID/);
      expect(failure?.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('refuses a bot set to use a client secret without one, naming BOT_CLIENT_SECRET', async () => {
    const failure = await start({
      ...tenant,
      NODE_ENV: 'development',
      BOT_CLIENT_ID: '77777777-8888-4999-8aaa-bbbbbbbbbbbb',
      BOT_AUTH_TYPE: 'ClientSecret',
    });
    expect(failure?.stderr).toMatch(/BOT_CLIENT_SECRET/);
  });
});
