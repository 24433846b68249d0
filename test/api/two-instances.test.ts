import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../api/config/env.js';
import { createContext, createReminderService } from '../../api/context.js';
import type { AppContext } from '../../api/app-context.js';
import type { PlannedReminder } from '../../api/domain/reminders.js';
import { createApp } from '../../api/http/app.js';
import { personas } from '../support/personas.js';

/**
 * Two instances of the service on one store, as App Service runs them when it scales out: the reminder run
 * takes a lease so exactly one sends, and a write relies on its ETag, so of two edits one wins.
 */
const dir = mkdtempSync(join(tmpdir(), 'two-instances-'));
let first: AppContext;
let second: AppContext;
// The morning of the November report's 14-day reminder.
const clock = { now: () => new Date('2026-11-16T07:00:00Z') };

beforeAll(async () => {
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATA_DIR: dir,
    CLOCK_FIXED_AT: '2026-11-16T08:00:00+01:00',
  });
  first = await createContext(config, { clock });
  second = await createContext(config, { clock });
});
afterAll(async () => {
  await first?.store.close();
  await second?.store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('two instances on one store', () => {
  it('send each reminder once: one instance holds the reminder lease, the other skips', async () => {
    const sent: string[] = [];
    const sender = (instance: string) => ({
      send: async (reminder: PlannedReminder) => {
        sent.push(`${instance}:${reminder.key}`);
        return 'sent' as const;
      },
    });
    const runs = await Promise.all([
      createReminderService(first, sender('a'), 'instance-a').runOnce(),
      createReminderService(second, sender('b'), 'instance-b').runOnce(),
    ]);
    expect(runs.filter((run) => run.skipped)).toHaveLength(1);
    expect(sent.length).toBeGreaterThan(0);
    expect(new Set(sent.map((s) => s.split(':')[0])).size).toBe(1);
    const keys = sent.map((s) => s.slice(s.indexOf(':') + 1));
    expect(new Set(keys).size).toBe(keys.length);

    // The next tick: the holder renews, the other still skips, and nothing goes out twice.
    const before = sent.length;
    const again = await Promise.all([
      createReminderService(first, sender('a'), 'instance-a').runOnce(),
      createReminderService(second, sender('b'), 'instance-b').runOnce(),
    ]);
    expect(again.filter((run) => run.skipped)).toHaveLength(1);
    expect(sent.length).toBe(before);
    const leases = await first.store.queryItems('leases', {});
    expect(leases.items.length).toBe(1);
  });

  it('let one of two concurrent edits of a report win; the other gets 412 with the current version', async () => {
    const head = { 'X-Dev-Persona': personas.socialHead };
    const [a, b] = [request(createApp(first)), request(createApp(second))];
    const departmentId = (await a.get('/api/me').set(head).expect(200)).body.departmentId as string;
    const path = `/api/cycles/2026/reports/${departmentId}`;
    const saved = await a
      .put(path)
      .set(head)
      .send({ content: { situation: 'Utkast', observations: [], actions: [], proposals: [] }, submit: false })
      .expect(200);
    const edit = (client: typeof a, text: string) =>
      client
        .put(path)
        .set(head)
        .set('If-Match', saved.body.etag)
        .send({ content: { situation: text, observations: [], actions: [], proposals: [] }, submit: false });
    const answers = await Promise.all([edit(a, 'Från instans A'), edit(b, 'Från instans B')]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 412]);
    const winner = answers.find((answer) => answer.status === 200)!;
    const loser = answers.find((answer) => answer.status === 412)!;
    expect(loser.body.current).toMatchObject({ etag: winner.body.etag });
  });
});
