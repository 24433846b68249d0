import type { Clock } from '../domain/clock.js';
import { currentCycleYear, departmentReportCompletion, todayIn, type Milestone } from '../domain/cycle/index.js';
import { plannedAgreementReminders, plannedReminders, type PlannedReminder } from '../domain/reminders.js';
import type { AgreementRepository } from '../repositories/agreement-repository.js';
import type { DepartmentReportRepository } from '../repositories/department-report-repository.js';
import type { OrganisationRepository } from '../repositories/organisation-repository.js';
import type { ReminderLogRepository } from '../repositories/reminder-log-repository.js';
import type { SettingsRepository } from '../repositories/settings-repository.js';
import type { CycleService } from './cycle-service.js';

/** How a reminder reaches a person; the bot implements it with proactive messages in Teams. */
export interface ReminderSender {
  /**
   * 'unreachable' (with why, when known) when the person has no conversation with the bot and the app could
   * not be installed for them; throws when sending failed.
   */
  send(reminder: PlannedReminder, milestone: Milestone | undefined): Promise<'sent' | 'unreachable' | { unreachable: string }>;
  /** Whether the person can be reached now (without sending); absent means try sending. */
  reachable?(recipientId: string): Promise<boolean>;
}

export interface ReminderRun {
  skipped: boolean;
  sent: number;
  unreachable: number;
  failed: number;
}

const leaseName = 'reminders';
const maxAttempts = 3;

/** Each tick: what should have gone out by today, minus what the log says went out, sent once. */
export class ReminderService {
  constructor(
    private readonly clock: Clock,
    private readonly settings: SettingsRepository,
    private readonly cycles: CycleService,
    private readonly organisation: OrganisationRepository,
    private readonly reports: DepartmentReportRepository,
    private readonly log: ReminderLogRepository,
    private readonly agreements: AgreementRepository,
    private readonly sender: ReminderSender,
    private readonly instanceId: string,
  ) {}

  async runOnce(): Promise<ReminderRun> {
    const run: ReminderRun = { skipped: false, sent: 0, unreachable: 0, failed: 0 };
    if (!(await this.log.acquireLease(leaseName, this.instanceId, this.clock.now(), 5 * 60_000))) return { ...run, skipped: true };
    const { template } = await this.settings.cycleTemplate();
    const today = todayIn(this.clock);
    const year = currentCycleYear(today, template);
    const [view, departments, people, reports, agreements, actors] = await Promise.all([
      this.cycles.view(year),
      this.organisation.listDepartments(),
      this.organisation.listPeople(),
      this.reports.forYear(year),
      this.agreements.all(),
      this.organisation.listActors(),
    ]);
    const securityChiefIds = people.filter((p) => p.roles.includes('SecurityChief')).map((p) => p.objectId);
    const milestones = view.milestones.map((m) => m.milestone);
    const reportMilestone = milestones.find((m) => m.kind === 'department-report');
    const completion = reportMilestone ? departmentReportCompletion(departments, reports, reportMilestone.due, today) : undefined;
    const planned = plannedReminders(
      milestones,
      today,
      { securityChiefIds, departments },
      completion,
    );
    const expiring = agreements.flatMap((a) => (a.validUntil ? [{ id: a.id, title: a.title, validUntil: a.validUntil, actorName: actors.find((x) => x.id === a.actorId)?.name ?? a.actorId }] : []));
    const due = [...planned, ...plannedAgreementReminders(expiring, today, securityChiefIds)];
    for (const reminder of due) {
      const outcome = await this.sendOnce(reminder, milestones.find((m) => m.id === reminder.milestoneId));
      if (outcome) run[outcome] += 1;
    }
    // No reminder is lost: one that found its person unreachable stays due while its milestone is open (for a
    // head, until the department has submitted) and goes out once the person can be reached, however late.
    const waiting = new Set((await this.log.log.all({ filters: [{ field: 'state', op: 'eq', value: 'unreachable' }] })).map((row) => row.key));
    if (waiting.size > 0) {
      const open = new Set(view.milestones.filter((m) => m.status !== 'done').map((m) => m.milestone.id));
      const handled = new Set(due.map((reminder) => reminder.key));
      const stillWanted = [
        ...plannedReminders(milestones, today, { securityChiefIds, departments }, completion, Infinity).filter((r) => open.has(r.milestoneId)),
        ...plannedAgreementReminders(expiring, today, securityChiefIds),
      ];
      for (const reminder of stillWanted.filter((r) => waiting.has(r.key) && !handled.has(r.key))) {
        const outcome = await this.sendOnce(reminder, milestones.find((m) => m.id === reminder.milestoneId));
        if (outcome) run[outcome] += 1;
      }
    }
    return run;
  }

  private async sendOnce(reminder: PlannedReminder, milestone: Milestone | undefined): Promise<'sent' | 'unreachable' | 'failed' | undefined> {
    const existing = await this.log.byKey(reminder.key);
    const retryable = existing?.state === 'failed' ? existing.attempts < maxAttempts : existing?.state === 'unreachable';
    if (existing && !retryable) return undefined;
    // Waiting for the person: claimed only when they can be reached, so a waiting row is not rewritten each tick.
    if (existing?.state === 'unreachable' && this.sender.reachable && !(await this.sender.reachable(reminder.recipientId))) return undefined;
    const now = () => this.clock.now().toISOString();
    const claim = { key: reminder.key, milestoneId: reminder.milestoneId, recipientId: reminder.recipientId, offsetDays: reminder.offsetDays, updatedAt: now(), error: null };
    const claimed = existing
      ? await this.log.log.update(existing.id, existing.etag, { ...claim, state: 'sending', attempts: existing.state === 'failed' ? existing.attempts + 1 : existing.attempts }, 'system:reminders')
      : await this.log.log.create({ ...claim, state: 'sending', attempts: 1 }, 'system:reminders');
    try {
      const answer = await this.sender.send(reminder, milestone);
      const outcome = typeof answer === 'string' ? answer : 'unreachable';
      await this.log.log.update(claimed.id, claimed.etag, { state: outcome, updatedAt: now(), error: typeof answer === 'string' ? null : answer.unreachable }, 'system:reminders');
      return outcome;
    } catch (error) {
      await this.log.log.update(claimed.id, claimed.etag, { state: 'failed', updatedAt: now(), error: error instanceof Error ? error.message : String(error) }, 'system:reminders');
      return 'failed';
    }
  }
}
