/**
 * npm run counts:rebuild: recomputes the lägesbild's stored counts (per year, quarter, category, area and
 * source; BOB's apart) from the entries, in the store the environment names (local or the tenant's
 * SharePoint). For a store whose entries were changed outside the app, e.g. by hand in SharePoint.
 */
import { ConfigError, loadConfig } from '../api/config/env.js';
import { createContext } from '../api/context.js';

async function main(): Promise<number> {
  try {
    process.loadEnvFile(process.env.ENV_FILE ?? '.env');
  } catch {
    // no .env file: the environment alone configures the run
  }
  const ctx = await createContext(loadConfig({ ...process.env, DEMO_DATA: 'false', REMINDER_INTERVAL_SECONDS: '0' }));
  try {
    const { shared, bob } = await ctx.situationCounts.rebuild('system:counts-rebuild');
    process.stdout.write(
      `Antalen byggda om / counts rebuilt: ${shared} i den gemensamma listan / in the shared list, ${bob} i BOB-listan / in the BOB list\n`,
    );
    return 0;
  } finally {
    await ctx.store.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof ConfigError ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
