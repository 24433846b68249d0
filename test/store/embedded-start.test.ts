import { execFile } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { systemClock } from '../../api/domain/clock.js';
import { EmbeddedStore } from '../../api/store/embedded/embedded-store.js';
import { StoreStartError } from '../../api/store/errors.js';
import { startTestServer } from '../support/test-server.js';

const run = promisify(execFile);
const folders: string[] = [];
const dataDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'store-start-'));
  folders.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const databaseIn = (dir: string) => join(dir, 'trygghetshjulet.sqlite');

function refusal(dir: string): StoreStartError {
  try {
    new EmbeddedStore(dir, systemClock);
  } catch (error) {
    if (error instanceof StoreStartError) return error;
    throw error;
  }
  throw new Error('the store opened');
}

describe('the embedded store refuses to start on a database it cannot trust', () => {
  it('refuses an empty file instead of seeding demo data over it', () => {
    const dir = dataDir();
    writeFileSync(databaseIn(dir), '');
    const error = refusal(dir);
    expect(error.sv).toContain(databaseIn(dir));
    expect(error.sv).toMatch(/tom \(0 byte\).*säkerhetskopia/);
    expect(statSync(databaseIn(dir)).size).toBe(0);
  });

  it('refuses a file that is not SQLite, and one that is someone else’s database', () => {
    const text = dataDir();
    writeFileSync(databaseIn(text), 'Det här är en textfil, ingen databas.\n'.repeat(50));
    expect(refusal(text).sv).toMatch(/ingen SQLite-databas/);
    const foreign = dataDir();
    const db = new Database(databaseIn(foreign));
    db.exec('CREATE TABLE kunder (id INTEGER PRIMARY KEY, namn TEXT)');
    db.close();
    expect(refusal(foreign).sv).toMatch(/tillhör inte Trygghetshjulet/);
  });

  it('refuses a damaged database, naming the file and how to restore it', async () => {
    const dir = dataDir();
    const server = await startTestServer({ dataDir: dir });
    await server.close();
    const file = databaseIn(dir);
    const size = statSync(file).size;
    expect(size).toBeGreaterThan(8192);
    const fd = openSync(file, 'r+');
    // Garbage over every page but the first (the header and schema), as a torn write or bad disk leaves it.
    writeSync(fd, Buffer.alloc(size - 4096, 0xa5), 0, size - 4096, 4096);
    closeSync(fd);
    const error = refusal(dir);
    expect(error.sv).toMatch(/är skadad/);
    expect(error.en).toMatch(/Restore the file from a backup/);
  });

  it('opens a sound database of its own again', async () => {
    const dir = dataDir();
    await (await startTestServer({ dataDir: dir })).close();
    const before = readFileSync(databaseIn(dir)).length;
    const store = new EmbeddedStore(dir, systemClock);
    await store.ping();
    await store.close();
    expect(before).toBeGreaterThan(0);
  });

  it('stops `node api/server.js` with the message and no stack trace', async () => {
    const dir = dataDir();
    writeFileSync(databaseIn(dir), '');
    const failure = await run(process.execPath, ['--import', 'tsx', 'api/server.ts'], {
      env: {
        ...process.env,
        ENV_FILE: '',
        DATA_DIR: dir,
        PORT: '39871',
        NODE_ENV: 'development',
        REMINDER_INTERVAL_SECONDS: '0',
      },
    }).then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toMatch(/kan inte starta[\s\S]*tom \(0 byte\)/);
    expect(failure?.stderr).not.toMatch(/\n\s+at /);
  });
});
