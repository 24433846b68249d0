/**
 * `npm run build:deploy`: the service as App Service runs it, built for Linux x64 whatever machine builds it.
 * Writes build/deploy/app (package.json, dist/, node_modules/ with production dependencies only and the
 * linux-x64 native binaries) and build/deploy/trygghetshjulet-linux-x64.zip of it. The Agents Toolkit's
 * deploy and the manual guide (docs/deploy.md) both upload this artefact; App Service builds nothing.
 *
 *   --skip-build     use dist/ as it is (the server and the tab must have been built)
 *   --out <folder>   write there instead of build/deploy
 *   --dist <folder>  take the built service and tab from there instead of dist/ (tests build their own)
 */
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  createWriteStream,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import JSZip from 'jszip';
import { isLinuxX64Binary } from './deploy/elf.js';

const root = resolve(import.meta.dirname, '..');
const flag = (name: string) => {
  const at = process.argv.indexOf(name);
  return at > 0 && process.argv[at + 1] ? resolve(process.argv[at + 1]!) : undefined;
};
const out = flag('--out') ?? join(root, 'build', 'deploy');
const dist = flag('--dist') ?? join(root, 'dist');
const app = join(out, 'app');
const zipFile = join(out, 'trygghetshjulet-linux-x64.zip');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

class BuildError extends Error {}

function step(text: string) {
  process.stdout.write(`• ${text}\n`);
}

function build(skip: boolean) {
  if (skip) {
    for (const needed of ['api/server.js', 'tab/index.html']) {
      if (!existsSync(join(dist, needed)))
        throw new BuildError(
          `--skip-build, but ${join(dist, needed)} is missing: run without --skip-build (or npm run build) first.`,
        );
    }
    return;
  }
  step('building the server and the tab (npm run build)');
  execFileSync(npm, ['run', 'build'], { cwd: root, stdio: 'inherit' });
}

/** The trimmed package.json App Service starts from: the production dependencies and how to start. */
function writePackageJson() {
  const project = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<string, unknown>;
  const trimmed = {
    name: project.name,
    version: project.version,
    private: true,
    type: project.type,
    engines: project.engines,
    scripts: { start: 'node dist/api/server.js' },
    dependencies: project.dependencies,
  };
  writeFileSync(join(app, 'package.json'), `${JSON.stringify(trimmed, null, 2)}\n`);
}

// What a running service never reads: source maps, type declarations, docs and tests inside packages.
const unneeded =
  /(\.map|\.d\.[mc]?ts|\.md|\.markdown|\.tsbuildinfo)$|\/(test|tests|__tests__|docs|example|examples|\.github)$/i;
const keepAnyway = /LICENSE|LICENCE|NOTICE/i;

/** Copies the production dependency closure from this machine's node_modules (it must be Linux x64 here). */
function copyProductionDependencies() {
  const listing = execFileSync(npm, ['ls', '--omit=dev', '--all', '--parseable'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const packages = [
    ...new Set(
      listing
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line.startsWith(join(root, 'node_modules'))),
    ),
  ];
  for (const source of packages) {
    const target = join(app, relative(root, source));
    cpSync(source, target, {
      recursive: true,
      dereference: true,
      // Nested node_modules are listed (and copied) on their own; only what the closure holds goes in.
      filter: (path) => {
        const inner = relative(source, path);
        if (inner.startsWith('node_modules') || inner.includes('/node_modules')) return false;
        if (inner.startsWith('.bin')) return false;
        return keepAnyway.test(path) || !unneeded.test(path);
      },
    });
  }
  // better-sqlite3 carries SQLite's sources and the compiler's intermediate files; it needs its lib and the addon.
  const sqlite = join(app, 'node_modules', 'better-sqlite3');
  for (const entry of readdirSync(sqlite))
    if (!['lib', 'package.json', 'build', 'LICENSE'].includes(entry))
      rmSync(join(sqlite, entry), { recursive: true, force: true });
  const built = join(sqlite, 'build');
  for (const entry of readdirSync(built))
    if (entry !== 'Release') rmSync(join(built, entry), { recursive: true, force: true });
  for (const entry of readdirSync(join(built, 'Release')))
    if (entry !== 'better_sqlite3.node') rmSync(join(built, 'Release', entry), { recursive: true, force: true });
  return packages.length;
}

/**
 * On Windows, macOS or ARM the closure is installed for Linux x64 instead: npm picks the linux-x64 optional
 * packages (@resvg/resvg-js-linux-x64-gnu), and better-sqlite3's prebuilt linux-x64 addon comes from
 * prebuild-install. Not exercised on the machines this was built on (Linux x64, no GitHub for prebuilds).
 */
function installForLinux(nodeMajor: string) {
  cpSync(join(root, 'package-lock.json'), join(app, 'package-lock.json'));
  step('installing production dependencies for linux-x64');
  execFileSync(
    npm,
    ['ci', '--omit=dev', '--ignore-scripts', '--os=linux', '--cpu=x64', '--libc=glibc', '--no-audit', '--no-fund'],
    { cwd: app, stdio: 'inherit' },
  );
  execFileSync(
    process.platform === 'win32' ? 'npx.cmd' : 'npx',
    [
      '--yes',
      'prebuild-install',
      '--platform',
      'linux',
      '--arch',
      'x64',
      '--target',
      `${nodeMajor}.0.0`,
      '--runtime',
      'node',
    ],
    {
      cwd: join(app, 'node_modules', 'better-sqlite3'),
      stdio: 'inherit',
    },
  );
  rmSync(join(app, 'package-lock.json'));
}

/** Fails loudly unless both native addons are there and are Linux x64 binaries. */
function checkNativeBinaries() {
  const resvgDir = join(app, 'node_modules', '@resvg', 'resvg-js-linux-x64-gnu');
  const resvg = existsSync(resvgDir) ? readdirSync(resvgDir).find((name) => name.endsWith('.node')) : undefined;
  const required = [
    {
      name: 'better-sqlite3',
      file: join(app, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node'),
    },
    { name: '@resvg/resvg-js-linux-x64-gnu', file: resvg ? join(resvgDir, resvg) : join(resvgDir, '<missing>.node') },
  ];
  for (const { name, file } of required) {
    if (!existsSync(file))
      throw new BuildError(
        `${name}: ${relative(root, file)} is missing; the artefact would crash at start on App Service. Reinstall (npm ci) and build again.`,
      );
    if (!isLinuxX64Binary(file))
      throw new BuildError(
        `${name}: ${relative(root, file)} is not a Linux x86-64 binary; build on Linux x64 or let this script install for linux-x64.`,
      );
  }
}

function sizeOf(path: string): number {
  const info = statSync(path);
  if (!info.isDirectory()) return info.size;
  return readdirSync(path).reduce((sum, entry) => sum + sizeOf(join(path, entry)), 0);
}

async function writeZip() {
  const zip = new JSZip();
  const add = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) add(path);
      // Files at the zip's root, as App Service's zip deploy expects; the addons keep their mode.
      else
        zip.file(relative(app, path).split('\\').join('/'), readFileSync(path), {
          unixPermissions: statSync(path).mode,
        });
    }
  };
  add(app);
  await pipeline(
    zip.generateNodeStream({
      type: 'nodebuffer',
      streamFiles: true,
      compression: 'DEFLATE',
      compressionOptions: { level: 6 },
      platform: 'UNIX',
    }),
    createWriteStream(zipFile),
  );
}

async function main() {
  const args = process.argv.slice(2);
  const nodeMajor = process.versions.node.split('.')[0]!;
  build(args.includes('--skip-build'));
  step(`staging ${relative(root, app)}`);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(app, { recursive: true });
  cpSync(dist, join(app, 'dist'), { recursive: true, filter: (path) => !path.endsWith('.map') });
  writePackageJson();
  // Read at run time from the source tree's place (bot/cards/render-card.ts): the Adaptive Card templates.
  cpSync(join(root, 'bot', 'cards'), join(app, 'bot', 'cards'), {
    recursive: true,
    filter: (path) => !/\.ts$/.test(path),
  });
  const glibc = Boolean(
    (process.report.getReport() as { header?: { glibcVersionRuntime?: string } }).header?.glibcVersionRuntime,
  );
  const onLinuxX64 = process.platform === 'linux' && process.arch === 'x64' && glibc;
  if (onLinuxX64) step(`copied ${copyProductionDependencies()} production packages from node_modules`);
  else installForLinux(nodeMajor);
  checkNativeBinaries();
  // The native addons match the Node version that built them: App Service must run the same major.
  writeFileSync(
    join(app, 'BUILD-INFO.json'),
    `${JSON.stringify({ node: process.versions.node, nodeModulesAbi: process.versions.modules, platform: 'linux-x64' }, null, 2)}\n`,
  );
  if (Number(nodeMajor) < 22) {
    process.stdout.write(
      `! Built with Node ${process.versions.node}: App Service must run Node ${nodeMajor} for better-sqlite3 to load. Build with Node 22 for the NODE|22-lts runtime in infra/main.bicep.\n`,
    );
  }
  step(`zipping ${relative(root, zipFile)}`);
  await writeZip();
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  process.stdout.write(
    `Artefakt / artefact: ${relative(root, app)} ${mb(sizeOf(app))}, ${relative(root, zipFile)} ${mb(statSync(zipFile).size)}\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(
    `\nbuild:deploy: ${error instanceof BuildError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
