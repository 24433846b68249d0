import { z } from 'zod';
import { buildCycle } from './build-cycle.js';
import { completableFrom } from './completable.js';
import { bilingual } from '../../i18n/bilingual.js';
import { roleSchema } from '../roles.js';
import { milestoneKindSchema, type MilestoneKind } from './milestone-kinds.js';
import { atMostRows } from '../../i18n/limits.js';
import { bilingualTextSchema, municipalityNameSchema } from './template-fields.js';

export const timingSchema = z.discriminatedUnion('type', [
  /** A day of a month of year N (yearOffset 0) or N+1 (1); 'last' is the month's last day (29 February in leap years). */
  z.object({
    type: z.literal('dayOfMonth'),
    month: z.number().int().min(1).max(12),
    day: z.union([z.number().int().min(1).max(31), z.literal('last')], {
      error: bilingual('ange en dag 1–31', 'give a day 1–31'),
    }),
    yearOffset: z.union([z.literal(0), z.literal(1)]),
  }),
  /** Four milestones, each this many days after a quarter of N ends (the fourth falls in January N+1). */
  z.object({ type: z.literal('afterQuarter'), daysAfterQuarterEnd: z.number().int().min(0).max(60) }),
  /** This many weeks before another milestone's (final) due date. */
  z.object({ type: z.literal('beforeMilestone'), kind: milestoneKindSchema, weeks: z.number().int().min(1).max(26) }),
]);
export type Timing = z.infer<typeof timingSchema>;

/**
 * Reminder offsets in days relative to the due date: positive is before it (14 = two weeks before),
 * 0 is the day itself, negative is after it (-1 = the day after, to those who are late).
 */
export const reminderOffsetsSchema = z
  .array(z.number().int().min(-60).max(120))
  .max(10, { error: atMostRows(10, { sv: 'påminnelser', en: 'reminders' }) });

export const milestoneTemplateSchema = z.object({
  kind: milestoneKindSchema,
  timing: timingSchema,
  responsibleRole: roleSchema,
  responsible: bilingualTextSchema,
  reminderOffsetsDays: reminderOffsetsSchema,
});
export type MilestoneTemplate = z.infer<typeof milestoneTemplateSchema>;

export const cycleTemplateSchema = z
  .object({
    municipality: z.object({
      name: municipalityNameSchema,
      /** Lower-case letters, digits and hyphens: used in calendar UIDs, so it must never change meaning. */
      slug: z.string().regex(/^[a-z0-9-]{2,40}$/, {
        error: bilingual(
          'använd 2–40 små bokstäver a–z, siffror och bindestreck',
          'use 2–40 lower-case letters a–z, digits and hyphens',
        ),
      }),
    }),
    /** How many days before its due date a milestone counts as due soon. */
    dueSoonDays: z.number().int().min(1).max(60),
    /** A computed date on a weekend or holiday moves to the previous working day. */
    previousWorkingDay: z.boolean(),
    milestones: z.array(milestoneTemplateSchema).min(1),
  })
  .superRefine((template, context) => {
    const kinds = template.milestones.map((m) => m.kind);
    for (const kind of milestoneKindSchema.options) {
      const count = kinds.filter((k) => k === kind).length;
      if (count !== 1) {
        context.addIssue({
          code: 'custom',
          path: ['milestones'],
          message: bilingual(
            `milstolpen ${kind} ska finnas exakt en gång (finns ${count})`,
            `the milestone ${kind} must appear exactly once (found ${count})`,
          ),
        });
      }
    }
    template.milestones.forEach((milestone, index) => {
      const problem = referenceProblem(template.milestones, milestone.kind);
      if (problem) context.addIssue({ code: 'custom', path: ['milestones', index, 'timing'], message: problem });
    });
  });
export type CycleTemplate = z.infer<typeof cycleTemplateSchema>;

/**
 * A template as the säkerhetschef saves it: besides the rules above, no rule puts a deadline before the milestone
 * can be done at all (a compilation on its quarter's last day, the annual lägesbild in its own year), which could
 * never be met. Only for saving: a template stored before this rule is still read as it is.
 */
export const cycleTemplateInputSchema = cycleTemplateSchema.superRefine((template, context) => {
  const kinds = template.milestones.map((m) => m.kind);
  const eachOnce = milestoneKindSchema.options.every((kind) => kinds.filter((k) => k === kind).length === 1);
  if (!eachOnce || template.milestones.some((m) => referenceProblem(template.milestones, m.kind))) return;
  let year: ReturnType<typeof buildCycle>;
  try {
    year = buildCycle(template, sampleYear);
  } catch {
    return; // A rule that builds no date (a 30 February) has its own issue.
  }
  for (const milestone of year) {
    const from = completableFrom(milestone, sampleYear);
    if (!from || milestone.nominalDue >= from.date) continue;
    context.addIssue({
      code: 'custom',
      path: ['milestones', template.milestones.findIndex((m) => m.kind === milestone.kind), 'timing'],
      message: bilingual(
        `${milestone.title.sv} får datumet ${milestone.nominalDue}, men punkten kan bli klar först ${from.why.sv} (${from.date}); välj ett senare datum`,
        `${milestone.title.en} gets the date ${milestone.nominalDue}, but it can be done only ${from.why.en} (${from.date}); choose a later date`,
      ),
    });
  }
});

/** Any year shows whether the rules put a deadline before what it records can happen: the rules are the same each year. */
const sampleYear = 2026;

/** A milestone may be timed before another one, but not before itself, a missing one, the quarterly ones or in a loop. */
function referenceProblem(milestones: MilestoneTemplate[], start: MilestoneKind): string | undefined {
  const seen = new Set<MilestoneKind>([start]);
  let current = milestones.find((m) => m.kind === start);
  while (current?.timing.type === 'beforeMilestone') {
    const target = current.timing.kind;
    if (target === 'est-police-compilation') {
      return bilingual(
        'kan inte räknas från kvartalssammanställningarna (de är fyra)',
        'cannot be timed from the quarterly compilations (there are four)',
      );
    }
    if (seen.has(target))
      return bilingual(`${start} räknas från sig själv i en slinga`, `${start} is timed from itself in a loop`);
    const next = milestones.find((m) => m.kind === target);
    if (!next) return bilingual(`räknas från ${target}, som saknas`, `is timed from ${target}, which is missing`);
    seen.add(target);
    current = next;
  }
  return undefined;
}
