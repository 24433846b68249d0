/** npm run package: appPackage/build/trygghetshjulet.zip from the manifest template and the environment. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageVersion } from '../api/context.js';
import { projectRoot } from '../api/paths.js';
import { appPackage } from './app-package.js';

try {
  const { zip } = await appPackage(process.env, packageVersion);
  const out = join(projectRoot, 'appPackage', 'build');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'trygghetshjulet.zip'), zip);
  process.stdout.write(
    `Apppaketet är skrivet / the app package is written: ${join('appPackage', 'build', 'trygghetshjulet.zip')}\n`,
  );
} catch (error) {
  const lines = (error instanceof Error ? error.message : String(error)).split('\n').map((line) => `  ${line}`);
  process.stderr.write(`Apppaketet kunde inte byggas / the app package could not be built:\n${lines.join('\n')}\n`);
  process.exit(1);
}
