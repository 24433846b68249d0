import type { Clock } from '../domain/clock.js';
import {
  currentCycleYear,
  departmentReportCompletion,
  todayIn,
  type IsoDate,
  type Milestone,
} from '../domain/cycle/index.js';
import {
  plannedAgreementReminders,
  plannedReminders,
  type PlannedReminder,
  type ReminderRecipients,
} from '../domain/reminders.js';
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
  send(
    reminder: PlannedReminder,
    milestone: Milestone | undefined,
  ): Promise<'sent' | 'unreachable' | { unreachable: string }>;
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

export interface ReminderServiceDependencies {
  clock: Clock;
  settings: SettingsRepository;
  cycles: CycleService;
  organisation: OrganisationRepository;
  departmentReports: DepartmentReportRepository;
  log: ReminderLogRepository;
  agreements: AgreementRepository;
  sender: ReminderSender;
  instanceId: string;
}

/** Each tick: what should have gone out by today, minus what the log says went out, sent once. */
export class ReminderService {
  constructor(private readonly deps: ReminderServiceDependencies) {}

  async runOnce(): Promise<ReminderRun> {
    const run: ReminderRun = { skipped: false, sent: 0, unreachable: 0, failed: 0 };
    if (!(await this.deps.log.acquireLease(leaseName, this.deps.instanceId, this.deps.clock.now(), 5 * 60_000)))
      return { ...run, skipped: true };
    const { template } = await this.deps.settings.cycleTemplate();
    const today = todayIn(this.deps.clock);
    // Every cycle with milestones still ahead or just past: the current one, and the next, whose first
    // milestones (the first quarter's compilation in April) fall before the current one ends.
    const current = currentCycleYear(today, template);
    const [departments, people, agreements, actors] = await Promise.all([
      this.deps.organisation.listDepartments(),
      this.deps.organisation.listPeople(),
      this.deps.agreements.all(),
      this.deps.organisation.listActors(),
    ]);
    const securityChiefIds = people.filter((p) => p.roles.includes('SecurityChief')).map((p) => p.objectId);
    const cycles = await Promise.all(
      [current, current + 1].map((year) => this.cycleReminders(year, today, securityChiefIds, departments)),
    );
    const milestoneOf = (id: string) => cycles.flatMap((c) => c.milestones).find((m) => m.id === id);
    const expiring = agreements.flatMap((a) =>
      a.validUntil
        ? [
            {
              id: a.id,
              title: a.title,
              validUntil: a.validUntil,
              actorName: actors.find((x) => x.id === a.actorId)?.name ?? a.actorId,
            },
          ]
        : [],
    );
    const agreementReminders = plannedAgreementReminders(expiring, today, securityChiefIds);
    const due = [...cycles.flatMap((c) => c.due), ...agreementReminders];
    for (const reminder of due) {
      const outcome = await this.sendOnce(reminder, milestoneOf(reminder.milestoneId));
      if (outcome) run[outcome] += 1;
    }
    // No reminder is lost: one that found its person unreachable stays due while its milestone is open (for a
    // head, until the department has submitted) and goes out once the person can be reached, however late.
    const waiting = new Set(
      (await this.deps.log.log.all({ filters: [{ field: 'state', op: 'eq', value: 'unreachable' }] })).map(
        (row) => row.key,
      ),
    );
    if (waiting.size > 0) {
      const handled = new Set(due.map((reminder) => reminder.key));
      const stillWanted = [...cycles.flatMap((c) => c.stillWanted), ...agreementReminders];
      for (const reminder of stillWanted.filter((r) => waiting.has(r.key) && !handled.has(r.key))) {
        const outcome = await this.sendOnce(reminder, milestoneOf(reminder.milestoneId));
        if (outcome) run[outcome] += 1;
      }
    }
    return run;
  }

  /** One cycle's reminders: those due now (within the catch-up window), and every one still wanted. */
  private async cycleReminders(
    year: number,
    today: IsoDate,
    securityChiefIds: string[],
    departments: ReminderRecipients['departments'],
  ) {
    const [view, reports] = await Promise.all([this.deps.cycles.view(year), this.deps.departmentReports.forYear(year)]);
    const milestones = view.milestones.map((m) => m.milestone);
    const reportMilestone = milestones.find((m) => m.kind === 'department-report');
    const completion = reportMilestone
      ? departmentReportCompletion(departments, reports, reportMilestone.due, today)
      : undefined;
    const recipients = { securityChiefIds, departments };
    const open = new Set(view.milestones.filter((m) => m.status !== 'done').map((m) => m.milestone.id));
    return {
      milestones,
      due: plannedReminders(milestones, today, recipients, completion),
      stillWanted: plannedReminders(milestones, today, recipients, completion, Infinity).filter((r) =>
        open.has(r.milestoneId),
      ),
    };
  }

  private async sendOnce(
    reminder: PlannedReminder,
    milestone: Milestone | undefined,
  ): Promise<'sent' | 'unreachable' | 'failed' | undefined> {
    const existing = await this.deps.log.byKey(reminder.key);
    const retryable =
      existing?.state === 'failed' ? existing.attempts < maxAttempts : existing?.state === 'unreachable';
    if (existing && !retryable) return undefined;
    // Waiting for the person: claimed only when they can be reached, so a waiting row is not rewritten each tick.
    if (
      existing?.state === 'unreachable' &&
      this.deps.sender.reachable &&
      !(await this.deps.sender.reachable(reminder.recipientId))
    )
      return undefined;
    const now = () => this.deps.clock.now().toISOString();
    const claim = {
      key: reminder.key,
      milestoneId: reminder.milestoneId,
      recipientId: reminder.recipientId,
      offsetDays: reminder.offsetDays,
      updatedAt: now(),
      error: null,
    };
    const claimed = existing
      ? await this.deps.log.log.update(
          existing.id,
          existing.etag,
          {
            ...claim,
            state: 'sending',
            attempts: existing.state === 'failed' ? existing.attempts + 1 : existing.attempts,
          },
          'system:reminders',
        )
      : await this.deps.log.log.create({ ...claim, state: 'sending', attempts: 1 }, 'system:reminders');
    try {
      const answer = await this.deps.sender.send(reminder, milestone);
      const outcome = typeof answer === 'string' ? answer : 'unreachable';
      await this.deps.log.log.update(
        claimed.id,
        claimed.etag,
        { state: outcome, updatedAt: now(), error: typeof answer === 'string' ? null : answer.unreachable },
        'system:reminders',
      );
      return outcome;
    } catch (error) {
      await this.deps.log.log.update(
        claimed.id,
        claimed.etag,
        { state: 'failed', updatedAt: now(), error: error instanceof Error ? error.message : String(error) },
        'system:reminders',
      );
      return 'failed';
    }
  }
}
