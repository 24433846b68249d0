import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { personas } from '../support/personas.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

// The disk fills while a file is written: the first bytes land, then ENOSPC, as a real full disk behaves.
const disk = vi.hoisted(() => ({ full: false }));
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const writeFileSync: typeof fs.writeFileSync = (file, data, options) => {
    if (disk.full && typeof file === 'string' && file.endsWith('.tmp')) {
      fs.writeFileSync(file, (data as Uint8Array).subarray(0, 10), options);
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    }
    return fs.writeFileSync(file, data, options);
  };
  return { ...fs, default: { ...fs, writeFileSync }, writeFileSync };
});

const chief = { 'X-Dev-Persona': personas.securityChief };
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('a full disk', () => {
  it('answers an upload with 507 and a clear message, and leaves no temporary file or version behind', async () => {
    disk.full = true;
    try {
      const response = await request(server.url)
        .post('/api/situation/imports/files?fileName=est.csv')
        .set(chief)
        .set('Content-Type', 'application/octet-stream')
        .send(Buffer.from('Datum;Plats;Kategori\n2026-11-01;Torget;Klotter\n'));
      expect(response.status).toBe(507);
      expect(response.body).toMatchObject({
        error: 'storage_full',
        message: expect.stringMatching(/Lagringen är full/),
      });
    } finally {
      disk.full = false;
    }
    const leftovers = readdirSync(join(server.dataDir, 'blobs'), { recursive: true })
      .map(String)
      .filter((name) => name.endsWith('.tmp'));
    expect(leftovers).toEqual([]);
    const files = await server.ctx.store.listFolder('importfiler');
    expect(files.files).toEqual([]);
  });

  it('answers a write SQLite cannot make for lack of space with 507, and the item is not half-written', async () => {
    // The embedded adapter under the decorators (the lägesbild's counts, the records stamp).
    let adapter: unknown = server.ctx.store;
    while ((adapter as { inner?: unknown }).inner) adapter = (adapter as { inner: unknown }).inner;
    const db = (adapter as { db: { pragma(text: string, options?: { simple: boolean }): unknown } }).db;
    const pages = db.pragma('page_count', { simple: true }) as number;
    db.pragma(`max_page_count = ${pages}`);
    try {
      let status = 0;
      for (let i = 0; i < 200 && status !== 507; i += 1) {
        const response = await request(server.url)
          .post('/api/departments')
          .set(chief)
          .send({ name: `Förvaltning ${i} ${'x'.repeat(100)}` });
        status = response.status;
        if (status === 507) expect(response.body.error).toBe('storage_full');
        else expect(status).toBe(201);
      }
      expect(status).toBe(507);
    } finally {
      db.pragma('max_page_count = 1073741823');
    }
    await request(server.url).post('/api/departments').set(chief).send({ name: 'Efter städningen' }).expect(201);
  });
});
