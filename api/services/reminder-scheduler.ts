import type { Logger } from 'pino';
import type { ReminderService } from './reminder-service.js';

/** Runs the reminder tick now and then every interval; a tick never overlaps the previous one. */
/** `alsoEachTick` runs after the reminders, on the instance that held the lease (the council's mail). */
export function startReminderScheduler(
  service: ReminderService,
  intervalMs: number,
  logger: Logger,
  alsoEachTick: () => Promise<void> = async () => undefined,
): () => void {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const run = await service.runOnce();
      if (!run.skipped && run.sent + run.unreachable + run.failed > 0)
        logger.info({ reminders: run }, 'reminders sent');
      if (!run.skipped) await alsoEachTick();
    } catch (error) {
      logger.error({ err: error }, 'reminder tick failed');
    } finally {
      running = false;
    }
  };
  const first = setTimeout(() => void tick(), 5_000);
  const timer = setInterval(() => void tick(), intervalMs);
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
