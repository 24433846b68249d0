import { botConfigProblem, ConfigError, loadConfig } from './config/env.js';
import { StoreStartError } from './store/errors.js';
import { hostname } from 'node:os';
import { createContext, createReminderService } from './context.js';
import { startReminderScheduler } from './services/reminder-scheduler.js';
import { createApp } from './http/app.js';
import { answerUnparsableRequests } from './http/unparsable-requests.js';
import { builtTabDir } from './paths.js';
import { createBot } from '../bot/mount-bot.js';

async function main(): Promise<void> {
  if (process.env.ENV_FILE !== '') {
    try {
      process.loadEnvFile(process.env.ENV_FILE ?? '.env');
    } catch {
      // no .env file: the environment alone configures the service
    }
  }
  const config = loadConfig(process.env);
  // Before anything reaches for the tenant: an anonymous bot beside Entra sign-in is refused at once.
  const botProblem = botConfigProblem(config);
  if (botProblem) throw new ConfigError(botProblem);
  const ctx = await createContext(config);
  const bot = await createBot(ctx);
  const app = createApp(ctx, { tabDir: builtTabDir, mountBot: bot.mount });
  const interval = config.env.REMINDER_INTERVAL_SECONDS;
  const stopReminders =
    interval > 0
      ? startReminderScheduler(
          createReminderService(ctx, bot.reminderSender, `${hostname()}:${process.pid}`),
          interval * 1000,
          ctx.logger,
          () => ctx.councilMail.runOnce(),
        )
      : () => undefined;
  // Imports an instance left mid-way (a restart, a scale-in) go on where they were.
  const resumeImports = () =>
    void ctx.imports
      .resumeStale()
      .catch((error: unknown) => ctx.logger.error({ err: error }, 'import jobs could not be resumed'));
  resumeImports();
  const importResumer = setInterval(resumeImports, 60_000);
  const server = app.listen(config.env.PORT, () => {
    const base = config.publicUrl;
    ctx.logger.info({ port: config.env.PORT }, 'listening');
    process.stdout.write(
      `${[
        '',
        'Trygghetshjulet körs / is running',
        `  Fliken / tab:            ${base}/`,
        `  Botten / bot endpoint:   ${base}/api/messages`,
        `  Hälsa / health:          ${base}/api/health`,
        `  API-beskrivning / OpenAPI: ${base}/api/openapi.json`,
        `  Lagring / store: ${ctx.store.kind} (${config.microsoft365 ? `SharePoint ${config.microsoft365.siteId}` : config.env.DATA_DIR}), inloggning / sign-in: ${ctx.authenticator.mode}`,
        '',
      ].join('\n')}\n`,
    );
  });
  answerUnparsableRequests(server);
  const stop = () => {
    stopReminders();
    clearInterval(importResumer);
    server.close(() => void ctx.store.close().then(() => process.exit(0)));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof StoreStartError) {
    process.stderr.write(`\nTrygghetshjulet kan inte starta / cannot start:\n${error.message}\n\n`);
  } else {
    process.stderr.write(
      `\nTrygghetshjulet kan inte starta / cannot start:\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n\n`,
    );
  }
  process.exit(1);
});
