import { sep } from 'node:path';
import { fileURLToPath } from 'node:url';

// This file runs both from source (api/) and compiled (dist/api/); the project root is found either way.
const here = fileURLToPath(new URL('.', import.meta.url));
export const projectRoot = here.includes(`${sep}dist${sep}`)
  ? fileURLToPath(new URL('../../', import.meta.url))
  : fileURLToPath(new URL('../', import.meta.url));
export const builtTabDir = `${projectRoot}dist${sep}tab`;
