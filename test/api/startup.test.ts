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
      await request(first.url).patch(`/api/actors/${actor.id}`).set(chief).set('If-Match', actor.etag).send({ contact: 'ändrad@example.se' }).expect(200);
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
