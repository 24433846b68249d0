import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isLinuxX64Binary } from '../../scripts/deploy/elf.js';
import { buildDeployArtefact } from '../support/deploy-artefact.js';
import { freePort } from '../support/free-port.js';

let zipFile: string;
let built: string;

let unpacked: string;
let child: ChildProcess | undefined;

beforeAll(async () => {
  ({ zip: zipFile, folder: built } = await buildDeployArtefact());
  unpacked = mkdtempSync(join(tmpdir(), 'artefact-'));
  const zip = await JSZip.loadAsync(readFileSync(zipFile));
  for (const file of Object.values(zip.files)) {
    if (file.dir) continue;
    const target = join(unpacked, file.name);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, await file.async('nodebuffer'));
  }
}, 240_000);

afterAll(() => {
  child?.kill('SIGKILL');
  if (unpacked) rmSync(unpacked, { recursive: true, force: true });
  if (built) rmSync(built, { recursive: true, force: true });
});

describe('the deploy artefact (npm run build:deploy)', () => {
  it('is a zip with the service at its root, production dependencies only, well under 150 MB', () => {
    expect(statSync(zipFile).size).toBeLessThan(150 * 1024 * 1024);
    expect(existsSync(join(unpacked, 'dist', 'api', 'server.js'))).toBe(true);
    expect(existsSync(join(unpacked, 'dist', 'api', 'imports', 'xlsx-worker.js'))).toBe(true);
    expect(existsSync(join(unpacked, 'dist', 'tab', 'index.html'))).toBe(true);
    expect(existsSync(join(unpacked, 'bot', 'cards', 'report-form.card.json'))).toBe(true);
    const manifest = JSON.parse(readFileSync(join(unpacked, 'package.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest.devDependencies).toBeUndefined();
    expect(manifest.scripts).toEqual({ start: 'node dist/api/server.js' });
    for (const devOnly of ['vitest', 'typescript', 'playwright-core', '@fluentui/react-components', 'vite', 'tsx']) {
      expect(existsSync(join(unpacked, 'node_modules', devOnly)), devOnly).toBe(false);
    }
  });

  it('holds the linux-x64 native addons, checked as ELF x86-64 binaries', () => {
    expect(
      isLinuxX64Binary(join(unpacked, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node')),
    ).toBe(true);
    expect(
      isLinuxX64Binary(
        join(unpacked, 'node_modules', '@resvg', 'resvg-js-linux-x64-gnu', 'resvgjs.linux-x64-gnu.node'),
      ),
    ).toBe(true);
    expect(isLinuxX64Binary(join(unpacked, 'package.json'))).toBe(false);
  });

  it('starts from an empty folder in local mode: health ok, the tab served, a Word document made', async () => {
    const port = await freePort();
    const data = join(unpacked, 'data');
    child = spawn(process.execPath, ['dist/api/server.js'], {
      cwd: unpacked,
      env: {
        PATH: process.env.PATH,
        ENV_FILE: '',
        PORT: String(port),
        DATA_DIR: data,
        REMINDER_INTERVAL_SECONDS: '0',
        CLOCK_FIXED_AT: '2026-11-24T09:00:00+01:00',
        NODE_ENV: 'development',
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const base = `http://127.0.0.1:${port}`;
    for (let tries = 0; tries < 100 && !output.includes('körs / is running'); tries += 1)
      await new Promise((resolve) => setTimeout(resolve, 100));
    expect(output).toContain('körs / is running');
    const health = await fetch(`${base}/api/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok', store: 'embedded' });
    const tab = await fetch(`${base}/`);
    expect(await tab.text()).toContain('<div id="root">');
    // The quarterly document renders its charts with resvg: the native addon loads and works.
    const document = await fetch(`${base}/api/situation/compilations/2026/3/document`, {
      method: 'POST',
      headers: { 'X-Dev-Persona': '00000000-0000-0000-0000-000000000001' },
    });
    expect(document.status).toBe(201);
  });
});
