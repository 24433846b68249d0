import type { Bilingual } from '../../i18n/bilingual.js';
import type { Role } from '../roles.js';
import { addDays, dayOfMonth, holidayName, isWeekend, previousWorkingDay, type IsoDate } from './calendar.js';
import { milestoneTexts, type MilestoneKind } from './milestone-kinds.js';
import type { CycleTemplate, MilestoneTemplate } from './template.js';
import { FieldRefused } from '../errors/domain-error.js';

export interface MilestoneOverride {
  /** Null: back to the rule's date after a move. */
  due: IsoDate | null;
  movedBy: string;
  movedAt: string;
  reason?: string | null;
  revision?: number;
}

export interface Milestone {
  /** Stable and readable: 2026-department-report, 2026-est-police-compilation-q3. */
  id: string;
  kind: MilestoneKind;
  /** The quarter, for the four compilations. */
  sequence?: number;
  title: Bilingual;
  description: Bilingual;
  /** Where the rule puts it, before any working-day adjustment. */
  nominalDue: IsoDate;
  due: IsoDate;
  /** Why a computed date moved to the previous working day. */
  adjustedFrom?: { date: IsoDate; reason: Bilingual };
  setByHand: boolean;
  moved?: { by: string; at: string; reason: string | null; from: IsoDate };
  /** How many times its date was changed by hand, moves back included: calendars need it to rise (SEQUENCE). */
  revision: number;
  responsibleRole: Role;
  responsible: Bilingual;
  reminderOffsetsDays: number[];
}

export function milestoneId(year: number, kind: MilestoneKind, sequence?: number): string {
  return sequence === undefined ? `${year}-${kind}` : `${year}-${kind}-q${sequence}`;
}

/** A moved date more than this far from where the rule puts it is surely a typing mistake. */
export const maxMoveDays = 550;

/** A milestone moved unreasonably far from its usual date: surely a typing mistake. */
export class OverrideOutOfRange extends FieldRefused {
  constructor(readonly detail: string) {
    super(
      'due',
      'datumet ligger orimligt långt från milstolpens ordinarie datum (mer än 18 månader)',
      'the date is unreasonably far from the milestone’s usual date (more than 18 months)',
    );
  }
}

/** The milestones of work year N in date order: the template's rules, working days, and the dates set by hand. */
export function buildCycle(
  template: CycleTemplate,
  year: number,
  overrides: Record<string, MilestoneOverride> = {},
): Milestone[] {
  const built = new Map<string, Milestone>();
  const byKind = new Map(template.milestones.map((m) => [m.kind, m]));

  const build = (definition: MilestoneTemplate, sequence?: number): Milestone => {
    const id = milestoneId(year, definition.kind, sequence);
    const existing = built.get(id);
    if (existing) return existing;
    const nominalDue = nominalDueOf(definition, year, sequence, (kind) => build(byKind.get(kind)!).due);
    const computed = template.previousWorkingDay ? previousWorkingDay(nominalDue) : nominalDue;
    const recorded = overrides[id];
    const override = recorded?.due ? { ...recorded, due: recorded.due } : undefined;
    if (override && Math.abs(dayDistance(override.due, nominalDue)) > maxMoveDays) {
      throw new OverrideOutOfRange(`${id}: ${override.due} is too far from ${nominalDue}`);
    }
    const milestone: Milestone = {
      id,
      kind: definition.kind,
      ...(sequence === undefined ? {} : { sequence }),
      title: sequence === undefined ? milestoneTexts[definition.kind].title : quarterTitle(definition.kind, sequence),
      description: milestoneTexts[definition.kind].description,
      nominalDue,
      due: override?.due ?? computed,
      ...(computed !== nominalDue && !override
        ? { adjustedFrom: { date: nominalDue, reason: adjustmentReason(nominalDue) } }
        : {}),
      setByHand: override !== undefined,
      ...(override
        ? { moved: { by: override.movedBy, at: override.movedAt, reason: override.reason ?? null, from: computed } }
        : {}),
      revision: recorded ? (recorded.revision ?? 1) : 0,
      responsibleRole: definition.responsibleRole,
      responsible: definition.responsible,
      reminderOffsetsDays: [...definition.reminderOffsetsDays].sort((a, b) => b - a),
    };
    built.set(id, milestone);
    return milestone;
  };

  for (const definition of template.milestones) {
    if (definition.timing.type === 'afterQuarter') for (const quarter of [1, 2, 3, 4]) build(definition, quarter);
    else build(definition);
  }
  return [...built.values()].sort((a, b) => a.due.localeCompare(b.due) || a.id.localeCompare(b.id));
}

function nominalDueOf(
  definition: MilestoneTemplate,
  year: number,
  sequence: number | undefined,
  dueOf: (kind: MilestoneKind) => IsoDate,
): IsoDate {
  const timing = definition.timing;
  switch (timing.type) {
    case 'dayOfMonth':
      return dayOfMonth(year + timing.yearOffset, timing.month, timing.day);
    case 'afterQuarter':
      return addDays(dayOfMonth(year, (sequence ?? 1) * 3, 'last'), timing.daysAfterQuarterEnd);
    case 'beforeMilestone':
      return addDays(dueOf(timing.kind), -7 * timing.weeks);
  }
}

function quarterTitle(kind: MilestoneKind, quarter: number): Bilingual {
  const base = milestoneTexts[kind].title;
  return { sv: `${base.sv}, kvartal ${quarter}`, en: `${base.en}, quarter ${quarter}` };
}

function adjustmentReason(date: IsoDate): Bilingual {
  const holiday = holidayName(date);
  if (holiday) return { sv: `${date} är ${holiday}`, en: `${date} is a Swedish public holiday (${holiday})` };
  return isWeekend(date)
    ? { sv: `${date} infaller en lördag eller söndag`, en: `${date} falls on a weekend` }
    : { sv: date, en: date };
}

function dayDistance(a: IsoDate, b: IsoDate): number {
  return (Date.parse(a) - Date.parse(b)) / 86_400_000;
}
