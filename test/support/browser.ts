import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Locally a missing Chromium skips the browser tests; in CI (CI=true) it fails them. */
export const chromiumMissing = !existsSync(chromiumPath);
if (chromiumMissing && process.env.CI === 'true') {
  throw new Error(`Chromium not found at ${chromiumPath}; CI must install it (apt-get install -y chromium)`);
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}
