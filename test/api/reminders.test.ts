import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';
import { createReminderService } from '../../api/context.js';
import type { PlannedReminder } from '../../api/domain/reminders.js';
import type { ReminderSender } from '../../api/services/reminder-service.js';
import { reminderText } from '../../bot/reminder-sender.js';
import { personas } from '../support/personas.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

class RecordingSender implements ReminderSender {
  readonly sent: PlannedReminder[] = [];
  constructor(readonly unreachable = new Set<string>()) {}
  async reachable(recipientId: string): Promise<boolean> {
    return !this.unreachable.has(recipientId);
  }
  async send(reminder: PlannedReminder): Promise<'sent' | 'unreachable'> {
    if (this.unreachable.has(reminder.recipientId)) return 'unreachable';
    this.sent.push(reminder);
    return 'sent';
  }
}

const days = (from: string, to: string) => {
  const out: string[] = [];
  for (let d = new Date(`${from}T00:00:00Z`); d <= new Date(`${to}T00:00:00Z`); d.setUTCDate(d.getUTCDate() + 1))
    out.push(d.toISOString().slice(0, 10));
  return out;
};

let servers: TestServer[] = [];
const dataDir = mkdtempSync(join(tmpdir(), 'reminders-'));
afterEach(async () => {
  for (const s of servers) await s.close();
  servers = [];
});

/** One process on one simulated morning: the service, one reminder tick, then stop. */
async function morning(date: string, sender: ReminderSender, dir: string, instance = 'instance-a') {
  const server = await startTestServer({ now: `${date}T08:00:00+01:00`, dataDir: dir });
  servers.push(server);
  const run = await createReminderService(server.ctx, sender, instance).runOnce();
  return { server, run };
}

describe('reminders across a simulated November', () => {
  it('sends each reminder exactly once, skips submitted departments, escalates late ones, survives restarts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'reminders-month-'));
    const sender = new RecordingSender();
    const sentOn = new Map<string, string>();
    for (const date of days('2026-11-01', '2026-12-05')) {
      const { server } = await morning(date, sender, dir);
      // A second tick on the same morning, as after a restart, sends nothing more.
      await createReminderService(server.ctx, sender, 'instance-a').runOnce();
      for (const reminder of sender.sent) if (!sentOn.has(reminder.key)) sentOn.set(reminder.key, date);
      if (date === '2026-11-20') {
        const { body } = await request(server.url)
          .get('/api/departments')
          .set({ 'X-Dev-Persona': personas.securityChief });
        const social = body.departments.find((d: { name: string }) => d.name === 'Socialförvaltningen');
        const form = (
          await request(server.url)
            .get(`/api/cycles/2026/reports/${social.id}`)
            .set({ 'X-Dev-Persona': personas.socialHead })
        ).body;
        await request(server.url)
          .put(`/api/cycles/2026/reports/${social.id}`)
          .set({ 'X-Dev-Persona': personas.socialHead })
          .send({
            content: {
              situation: 'Lugnt',
              actions: form.actions.map((a: { id: string }) => ({ actionId: a.id, progress: 'done' })),
            },
            submit: true,
          })
          .expect(200);
      }
      await server.close();
      servers = [];
    }
    const keys = sender.sent.map((r) => r.key);
    expect(new Set(keys).size).toBe(keys.length);

    const report = sender.sent.filter((r) => r.milestoneId === '2026-department-report');
    const toAlex = report.filter((r) => r.recipientId === personas.socialHead).map((r) => r.offsetDays);
    expect(toAlex).toEqual([14]);
    const toMaria = report.filter((r) => r.recipientId === personas.schoolHead).map((r) => r.offsetDays);
    expect(toMaria).toEqual([14, 3, 0, -1]);
    const escalation = report.find((r) => r.kind === 'escalation')!;
    expect(escalation.recipientId).toBe(personas.securityChief);
    expect(escalation.lateDepartments).toHaveLength(6);
    expect(escalation.lateDepartments).not.toContain('Socialförvaltningen');
    expect(sender.sent.filter((r) => r.milestoneId === '2026-strategic-council').map((r) => r.offsetDays)).toEqual([
      28, 7,
    ]);
    // The police agreement runs out on 31 January: the säkerhetschef hears once, 90 days before.
    const agreement = sender.sent.filter((r) => r.agreement);
    expect(agreement.map((r) => [r.recipientId, r.agreement!.actorName, r.agreement!.validUntil])).toEqual([
      [personas.securityChief, 'Polisen, lokalpolisområde Askersund', '2027-01-31'],
    ]);
    expect(reminderText(agreement[0]!, undefined, '2026-11-24')).toContain(
      'överenskommelsen om samverkan med Polisen, lokalpolisområde Askersund',
    );
    expect(sentOn.get(agreement[0]!.key)).toBe('2026-11-02');
    rmSync(dir, { recursive: true, force: true });
  });

  it('never sends a second copy after a crash half-way through a run', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'reminders-crash-'));
    let calls = 0;
    const crashing: ReminderSender = {
      send: () => {
        calls += 1;
        // The third message is on its way when the process dies: its promise never settles.
        return calls === 3 ? new Promise(() => undefined) : Promise.resolve('sent');
      },
    };
    const first = await startTestServer({ now: '2026-11-16T08:00:00+01:00', dataDir: dir });
    void createReminderService(first.ctx, crashing, 'instance-a').runOnce();
    await new Promise((resolve) => setTimeout(resolve, 300));
    await first.close();

    const after = new RecordingSender();
    const { run } = await morning('2026-11-16', after, dir, 'instance-a');
    expect(calls).toBe(3);
    expect(after.sent).toHaveLength(8 - 3);
    expect(run.sent).toBe(5);
    // The message that was on its way stays 'sending': uncertain, so it is never sent again.
    const stuck = (
      await servers[0]!.ctx.store.queryItems('reminderLog', {
        filters: [{ field: 'state', op: 'eq', value: 'sending' }],
      })
    ).items;
    expect(stuck).toHaveLength(1);
    rmSync(dir, { recursive: true, force: true });
  });

  it('lets one instance send while another holds the lease, and records who cannot be reached', async () => {
    const a = new RecordingSender(new Set([personas.schoolHead]));
    const { server, run } = await morning('2026-11-16', a, dataDir, 'instance-a');
    expect(run).toMatchObject({ skipped: false, sent: 7, unreachable: 1 });
    const b = await createReminderService(server.ctx, new RecordingSender(), 'instance-b').runOnce();
    expect(b.skipped).toBe(true);
    const unreachable = (
      await server.ctx.store.queryItems('reminderLog', {
        filters: [{ field: 'state', op: 'eq', value: 'unreachable' }],
      })
    ).items;
    expect(unreachable.map((i) => i.fields.recipientId)).toEqual([personas.schoolHead]);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('retries a failed send on the next run, up to three attempts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'reminders-retry-'));
    const failing: ReminderSender = { send: async () => Promise.reject(new Error('502 from Teams')) };
    const first = await morning('2026-11-16', failing, dir);
    expect(first.run.failed).toBe(8);
    const second = await createReminderService(first.server.ctx, new RecordingSender(), 'instance-a').runOnce();
    expect(second.sent).toBe(8);
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps a reminder for a head who could not be reached, and sends it once they can be, however late', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'reminders-reach-'));
    // Maria (Barn- och utbildning) and Alex (Social) have never opened the app on the 14-day reminder's morning.
    const sender = new RecordingSender(new Set([personas.schoolHead, personas.socialHead]));
    const first = await morning('2026-11-16', sender, dir);
    expect(first.run.unreachable).toBe(2);
    await first.server.close();
    servers = [];

    // Alex's department submits while he is still unreachable: his reminder is no longer wanted.
    const submitting = await startTestServer({ now: '2026-11-18T08:00:00+01:00', dataDir: dir });
    const { body } = await request(submitting.url)
      .get('/api/departments')
      .set({ 'X-Dev-Persona': personas.securityChief });
    const social = body.departments.find((d: { name: string }) => d.name === 'Socialförvaltningen');
    const form = (
      await request(submitting.url)
        .get(`/api/cycles/2026/reports/${social.id}`)
        .set({ 'X-Dev-Persona': personas.socialHead })
    ).body;
    await request(submitting.url)
      .put(`/api/cycles/2026/reports/${social.id}`)
      .set({ 'X-Dev-Persona': personas.socialHead })
      .send({
        content: {
          situation: 'Lugnt',
          actions: form.actions.map((a: { id: string }) => ({ actionId: a.id, progress: 'done' })),
        },
        submit: true,
      })
      .expect(200);
    await submitting.close();

    // Five days later, long past the catch-up window, both can be reached (the app was installed for them).
    sender.unreachable.clear();
    sender.sent.length = 0;
    const later = await morning('2026-11-21', sender, dir);
    const late = sender.sent.filter((r) => r.offsetDays === 14);
    expect(late.map((r) => r.recipientId)).toEqual([personas.schoolHead]);
    const milestone = (await later.server.ctx.cycles.view(2026)).milestones.find(
      (m) => m.milestone.id === '2026-department-report',
    )!.milestone;
    expect(reminderText(late[0]!, milestone, '2026-11-21')).toContain('om 9 dagar');
    expect(reminderText(late[0]!, milestone, '2026-12-02')).toContain('förfallen sedan 2026-11-30');
    const again = await createReminderService(later.server.ctx, sender, 'instance-a').runOnce();
    expect(again.sent).toBe(0);
    expect(sender.sent.filter((r) => r.offsetDays === 14)).toHaveLength(1);
    rmSync(dir, { recursive: true, force: true });
  });
});
