import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');

/**
 * Builds the deploy artefact of this very code into a folder of its own: the server compiled apart from
 * dist/ and the tab npm test has built, so tests that build it at once never write the same files.
 */
export async function buildDeployArtefact(): Promise<{ folder: string; app: string; zip: string }> {
  const folder = mkdtempSync(join(tmpdir(), 'deploy-'));
  const dist = join(folder, 'dist');
  await run(
    process.execPath,
    [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json', '--outDir', dist],
    { cwd: root },
  );
  if (!existsSync(join(root, 'dist', 'tab', 'index.html')))
    throw new Error('dist/tab is missing: npm test builds the tab first (npm run build:tab)');
  cpSync(join(root, 'dist', 'tab'), join(dist, 'tab'), { recursive: true });
  await run(
    process.execPath,
    ['--import', 'tsx', 'scripts/build-deploy.ts', '--skip-build', '--dist', dist, '--out', join(folder, 'deploy')],
    { cwd: root, maxBuffer: 16 * 1024 * 1024 },
  );
  return { folder, app: join(folder, 'deploy', 'app'), zip: join(folder, 'deploy', 'trygghetshjulet-linux-x64.zip') };
}
