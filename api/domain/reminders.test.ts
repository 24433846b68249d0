import { describe, expect, it } from 'vitest';
import { askersundTemplate, buildCycle, departmentReportCompletion } from './cycle/index.js';
import { plannedReminders, type ReminderRecipients } from './reminders.js';

const cycle = buildCycle(askersundTemplate, 2026);
const recipients: ReminderRecipients = {
  securityChiefIds: ['chief'],
  departments: [
    { id: '1', name: 'Socialförvaltningen', headId: 'alex' },
    { id: '2', name: 'Folkhälsoteamet', headId: 'nils' },
    { id: '3', name: 'Utan chef', headId: null },
  ],
};
const completion = (today: string, submitted: string[] = []) =>
  departmentReportCompletion(
    recipients.departments,
    submitted.map((departmentId) => ({ departmentId, status: 'submitted' as const, submittedAt: 'x' })),
    '2026-11-30',
    today,
  );
const reportReminders = (today: string, submitted: string[] = []) =>
  plannedReminders(cycle, today, recipients, completion(today, submitted)).filter(
    (r) => r.milestoneId === '2026-department-report',
  );

describe('planned reminders', () => {
  it('reminds each head 14 and 3 days before, on the day and the day after', () => {
    expect(reportReminders('2026-11-16').map((r) => [r.recipientId, r.offsetDays])).toEqual([
      ['alex', 14],
      ['nils', 14],
    ]);
    expect(reportReminders('2026-11-20')).toEqual([]);
    expect(reportReminders('2026-11-27').map((r) => r.offsetDays)).toEqual([3, 3]);
    expect(reportReminders('2026-11-30').map((r) => r.offsetDays)).toEqual(expect.arrayContaining([0, 0]));
  });

  it('skips a department that has submitted', () => {
    expect(reportReminders('2026-11-27', ['1']).map((r) => r.recipientId)).toEqual(['nils']);
  });

  it('escalates to the säkerhetschef after the deadline, naming who is late', () => {
    const after = reportReminders('2026-12-01', ['2']);
    expect(after.filter((r) => r.kind === 'reminder' && r.offsetDays === -1).map((r) => r.recipientId)).toEqual([
      'alex',
    ]);
    const escalation = after.find((r) => r.kind === 'escalation')!;
    expect(escalation).toMatchObject({ recipientId: 'chief', lateDepartments: ['Socialförvaltningen', 'Utan chef'] });
    expect(reportReminders('2026-12-01', ['1', '2', '3'])).toEqual([]);
  });

  it('catches up two days after a send day, not longer', () => {
    expect(reportReminders('2026-11-18').map((r) => r.offsetDays)).toEqual([14, 14]);
    expect(reportReminders('2026-11-19')).toEqual([]);
  });

  it('gives every planned reminder a unique key of milestone, recipient and offset', () => {
    const all = ['2026-11-16', '2026-11-27', '2026-11-30', '2026-12-01', '2026-12-03'].flatMap((d) =>
      plannedReminders(cycle, d, recipients, completion(d)),
    );
    const keys = new Set(all.map((r) => r.key));
    expect(all.every((r) => r.key === `${r.milestoneId}|${r.recipientId}|${r.offsetDays}`)).toBe(true);
    expect(keys.size).toBeLessThan(all.length);
  });

  it('reminds the säkerhetschef of her own milestones', () => {
    const council = plannedReminders(cycle, '2026-11-12', recipients, completion('2026-11-12')).filter(
      (r) => r.milestoneId === '2026-strategic-council',
    );
    expect(council.map((r) => [r.recipientId, r.offsetDays])).toEqual([['chief', 28]]);
  });
});
