import type { Clock } from '../domain/clock.js';
import {
  completableFrom,
  buildCycle,
  currentCycleYear,
  departmentReportCompletion,
  statusOf,
  todayIn,
  type DepartmentReportCompletion,
  type IsoDate,
  type Milestone,
  type MilestoneOverride,
  type MilestoneStatus,
} from '../domain/cycle/index.js';
import type { CycleRepository, MilestoneCompletionRecord } from '../repositories/cycle-repository.js';
import type { DepartmentReportRepository } from '../repositories/department-report-repository.js';
import type { OrganisationRepository } from '../repositories/organisation-repository.js';
import type { SettingsRepository } from '../repositories/settings-repository.js';
import { checkCompletable, checkNotInFuture } from '../domain/year-order.js';
import { FieldRefused, NotFound } from '../domain/errors/domain-error.js';

export interface MilestoneView {
  milestone: Milestone;
  status: MilestoneStatus;
  completion: MilestoneCompletionRecord | undefined;
  departments: DepartmentReportCompletion['departments'] | undefined;
}

export interface CycleView {
  year: number;
  today: IsoDate;
  municipality: { name: string; slug: string };
  milestones: MilestoneView[];
}

export interface MilestoneChange {
  /** A new date, or null to go back to the computed one. */
  due?: IsoDate | null;
  reason?: string | null;
  /** Marks an event that happens outside the product as done, or null to undo. */
  done?: { doneAt: IsoDate; decisionParagraph?: string | null; note?: string | null } | null;
}

export class UnknownMilestone extends NotFound {
  constructor(id: string) {
    super({ sv: `Milstolpen ${id}`, en: `The milestone ${id}` });
  }
}
export class DoneComesFromData extends FieldRefused {
  constructor() {
    super(
      'done',
      'förvaltningsrapporterna är klara när alla förvaltningar har lämnat sin rapport; det går inte att markera för hand',
      'the department reports are done when every department has submitted; this cannot be marked by hand',
    );
  }
}

/** The year wheel as people see it: the template's cycle with the municipality's moves, completions and reports. */
export class CycleService {
  constructor(
    private readonly clock: Clock,
    private readonly settings: SettingsRepository,
    private readonly cycles: CycleRepository,
    private readonly organisation: OrganisationRepository,
    private readonly reports: DepartmentReportRepository,
  ) {}

  async currentYear(): Promise<number> {
    const { template } = await this.settings.cycleTemplate();
    return currentCycleYear(todayIn(this.clock), template);
  }

  async view(year: number): Promise<CycleView> {
    const { template } = await this.settings.cycleTemplate();
    const [overrides, completions, departments, reports] = await Promise.all([
      this.cycles.overridesFor(year),
      this.cycles.completionsFor(year),
      this.organisation.listDepartments(),
      this.reports.forYear(year),
    ]);
    const today = todayIn(this.clock);
    const milestones = buildCycle(
      template,
      year,
      Object.fromEntries(overrides.map((o): [string, MilestoneOverride] => [o.milestoneId, o])),
    );
    return {
      year,
      today,
      municipality: template.municipality,
      milestones: milestones.map((milestone) => {
        const completion = completions.find((c) => c.milestoneId === milestone.id);
        const fromReports =
          milestone.kind === 'department-report'
            ? departmentReportCompletion(departments, reports, milestone.due, today)
            : undefined;
        const done = fromReports ? fromReports.done : completion !== undefined;
        return {
          milestone,
          status: statusOf(milestone.due, today, done, template.dueSoonDays),
          completion,
          departments: fromReports?.departments,
        };
      }),
    };
  }

  async change(year: number, milestoneId: string, change: MilestoneChange, actor: string): Promise<CycleView> {
    const current = await this.view(year);
    const target = current.milestones.find((m) => m.milestone.id === milestoneId);
    if (!target) throw new UnknownMilestone(milestoneId);
    if (change.done !== undefined && target.milestone.kind === 'department-report') throw new DoneComesFromData();
    const now = this.clock.now().toISOString();
    if (change.due) await this.checkMove(year, milestoneId, change.due);

    if (change.due !== undefined) {
      const [existing] = (await this.cycles.overridesFor(year)).filter((o) => o.milestoneId === milestoneId);
      // A move back keeps the record with no date: the revision must still rise for calendars to take it.
      if (existing || change.due !== null) {
        const revision = (existing?.revision ?? 0) + (existing?.due === change.due ? 0 : 1);
        const record = {
          year,
          milestoneId,
          due: change.due,
          movedBy: actor,
          movedAt: now,
          reason: change.reason ?? null,
          revision,
        };
        if (existing) await this.cycles.overrides.update(existing.id, existing.etag, record, actor);
        else await this.cycles.overrides.create(record, actor);
      }
    }
    if (change.done !== undefined) {
      const [existing] = (await this.cycles.completionsFor(year)).filter((c) => c.milestoneId === milestoneId);
      if (change.done !== null) {
        checkNotInFuture('done.doneAt', change.done.doneAt, todayIn(this.clock), {
          sv: 'Att något är klart',
          en: 'That something is done',
        });
        const due = change.due === undefined ? target.milestone.due : (change.due ?? target.milestone.nominalDue);
        checkCompletable({ ...target.milestone, due }, year, change.done.doneAt);
      }
      if (change.done === null) {
        if (existing) await this.cycles.completions.delete(existing.id, existing.etag, actor);
      } else {
        const record = {
          year,
          milestoneId,
          doneAt: change.done.doneAt,
          markedBy: actor,
          markedAt: now,
          decisionParagraph: change.done.decisionParagraph ?? null,
          note: change.done.note ?? null,
        };
        if (existing) await this.cycles.completions.update(existing.id, existing.etag, record, actor);
        else await this.cycles.completions.create(record, actor);
      }
    }
    return this.view(year);
  }

  /** Marks a milestone done (or open again) when the municipality's year has it; a year without it is left alone. */
  async markIfPresent(year: number, milestoneId: string, done: MilestoneChange['done'], actor: string): Promise<void> {
    try {
      await this.change(year, milestoneId, { done }, actor);
    } catch (error) {
      if (!(error instanceof UnknownMilestone)) throw error;
    }
  }

  /** Builds the year with the new date first, so a date the rules refuse is never stored. */
  async checkMove(year: number, milestoneId: string, due: IsoDate): Promise<void> {
    const { template } = await this.settings.cycleTemplate();
    const overrides = Object.fromEntries(
      (await this.cycles.overridesFor(year)).map((o): [string, MilestoneOverride] => [o.milestoneId, o]),
    );
    const moved = buildCycle(template, year, { ...overrides, [milestoneId]: { due, movedBy: '', movedAt: '' } });
    // A deadline before the milestone can be done at all (a quarter's compilation before the quarter ends) cannot be met.
    const milestone = moved.find((m) => m.id === milestoneId);
    const from = milestone && completableFrom(milestone, year);
    if (from && due < from.date)
      throw new FieldRefused(
        'due',
        `datumet kan inte ligga före ${from.date}: punkten kan bli klar först ${from.why.sv}`,
        `the date cannot be before ${from.date}: the milestone can be done only ${from.why.en}`,
      );
  }
}
