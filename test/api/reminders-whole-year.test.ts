import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../api/config/env.js';
import { createContext, createReminderService } from '../../api/context.js';
import { addDays, buildCycle } from '../../api/domain/cycle/index.js';
import type { PlannedReminder } from '../../api/domain/reminders.js';

const dir = mkdtempSync(join(tmpdir(), 'reminders-year-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('reminders across a whole work year and into the next', () => {
  it('sends every reminder of every milestone once, the next cycle’s April compilation included', async () => {
    let today = '2027-01-01';
    const clock = { now: () => new Date(`${today}T07:00:00Z`) };
    const ctx = await createContext(
      loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATA_DIR: dir, CLOCK_FIXED_AT: '2027-01-01T08:00:00+01:00' }),
      { clock },
    );
    const sent: { key: string; on: string; reminder: PlannedReminder }[] = [];
    const sender = {
      send: async (reminder: PlannedReminder) => {
        sent.push({ key: reminder.key, on: today, reminder });
        return 'sent' as const;
      },
    };
    for (; today <= '2028-05-31'; today = addDays(today, 1)) await createReminderService(ctx, sender, 'a').runOnce();

    const keys = sent.map((s) => s.key);
    expect(new Set(keys).size).toBe(keys.length);
    const { template } = await ctx.settings.cycleTemplate();
    // Every offset of every milestone of 2027, and of 2028 up to the end of May, went out on its day (or the first day of the walk).
    for (const milestone of [
      ...buildCycle(template, 2027),
      ...buildCycle(template, 2028).filter((m) => m.due <= '2028-05-31'),
    ]) {
      for (const offset of milestone.reminderOffsetsDays) {
        const day = addDays(milestone.due, -offset);
        if (day < '2027-01-01' || day > '2028-05-31') continue;
        const out = sent.filter((s) => s.reminder.milestoneId === milestone.id && s.reminder.offsetDays === offset);
        expect(out.length, `${milestone.id} ${offset}`).toBeGreaterThan(0);
        for (const one of out) expect(one.on, `${milestone.id} ${offset}`).toBe(day);
      }
    }
    expect(sent.some((s) => s.reminder.milestoneId === '2028-est-police-compilation-q1')).toBe(true);
    await ctx.store.close();
  }, 120_000);
});
