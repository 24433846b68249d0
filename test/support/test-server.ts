import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBot, type Bot, type BotOptions } from '../../bot/mount-bot.js';
import { loadConfig } from '../../api/config/env.js';
import { createContext } from '../../api/context.js';
import { createApp } from '../../api/http/app.js';
import { answerUnparsableRequests } from '../../api/http/unparsable-requests.js';
import type { Authenticator } from '../../api/auth/caller.js';
import type { AppContext } from '../../api/app-context.js';
import { builtTabDir } from '../../api/paths.js';

export interface TestServer {
  url: string;
  ctx: AppContext;
  bot: Bot;
  dataDir: string;
  close(): Promise<void>;
}

/** The whole service on a free port with a fresh data folder and a fixed clock. */
export async function startTestServer(
  options: {
    now?: string;
    env?: Record<string, string>;
    dataDir?: string;
    bot?: BotOptions;
    authenticator?: (ctx: AppContext) => Authenticator;
  } = {},
): Promise<TestServer> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'trygghetshjulet-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATA_DIR: dataDir,
    CLOCK_FIXED_AT: options.now ?? '2026-11-24T09:00:00+01:00',
    // A tile server that refuses at once: no test reaches the network, and the tab's outline view is what it shows.
    MAP_TILE_URL: 'https://127.0.0.1:9/{z}/{x}/{y}.png',
    ...options.env,
  });
  const ctx = await createContext(config);
  if (options.authenticator) ctx.authenticator = options.authenticator(ctx);
  const bot = await createBot(ctx, options.bot);
  const app = createApp(ctx, { tabDir: builtTabDir, mountBot: bot.mount });
  const server = app.listen(0, '127.0.0.1');
  answerUnparsableRequests(server);
  await new Promise<void>((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    ctx,
    bot,
    dataDir,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await ctx.store.close();
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
