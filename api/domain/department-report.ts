import { z } from 'zod';
import { textLimits } from './text-limits.js';
import { bilingual } from '../i18n/bilingual.js';
import { atMostCharacters, atMostRows } from '../i18n/limits.js';
import { guardedText } from './personal-data.js';

/** The status a department gives each of its actions in the November report. */
export const actionProgressSchema = z.enum(['done', 'inProgress', 'notStarted', 'cancelled']);
export type ActionProgress = z.infer<typeof actionProgressSchema>;

export const actionProgressTitles: Record<ActionProgress, { sv: string; en: string }> = {
  done: { sv: 'Genomförd', en: 'Done' },
  inProgress: { sv: 'Pågår', en: 'In progress' },
  notStarted: { sv: 'Inte påbörjad', en: 'Not started' },
  cancelled: { sv: 'Avbruten', en: 'Cancelled' },
};

/** Free text: trimmed, bounded, and refused when it holds a personal identity number. */
const text = (max: number, required?: string) => {
  const bounded = z
    .string()
    .trim()
    .max(max, { error: atMostCharacters(max) });
  return guardedText(required ? bounded.min(1, { error: required }) : bounded);
};

/** The choice "Annat – beskriv": the head's own word goes in categoryOther, kept for the säkerhetschef to map. */
export const otherCategoryChoice = 'annat';

/**
 * How a form shows an observation's category: a listed id as it is, anything else as "Annat" with the word
 * beside it (a word typed under Annat, or one from a report made before the list).
 */
export function categoryChoiceOf(
  observation: { category: string; categoryOther?: string },
  categoryIds: readonly string[],
): { category: string; categoryOther: string } {
  if (observation.category === '' || categoryIds.includes(observation.category))
    return { category: observation.category, categoryOther: '' };
  return {
    category: otherCategoryChoice,
    categoryOther:
      observation.category === otherCategoryChoice ? (observation.categoryOther ?? '') : observation.category,
  };
}

export const observationSchema = z
  .object({
    area: text(120, bilingual('ange område eller plats', 'give an area or place')),
    /** A category id from the configured list, or otherCategoryChoice (reports from before the list: any word). */
    category: text(60, bilingual('välj en kategori', 'choose a category')),
    categoryOther: text(60).default(''),
    description: text(textLimits.comment).default(''),
    /** A new kind of event or phenomenon: the plan says these must be flagged. */
    newPhenomenon: z.boolean().default(false),
  })
  .superRefine((observation, context) => {
    if (observation.category === otherCategoryChoice && observation.categoryOther === '') {
      context.addIssue({
        code: 'custom',
        path: ['categoryOther'],
        message: bilingual('beskriv kategorin med ett eller några ord', 'describe the category in a word or two'),
      });
    }
  });

export const actionReportSchema = z.object({
  actionId: z.string().min(1),
  progress: actionProgressSchema,
  comment: text(textLimits.comment).default(''),
});

/** How many rows each of the report's lists holds: the tab's add buttons stop there. */
export const reportRowLimits = { observations: 20, actions: 60, proposals: 20 } as const;

/**
 * What a department reports each November (the plan's "Ansvarsfördelning"): its situation picture,
 * the actions carried out under the action plan, and proposals for further actions.
 * The API, the tab and the bot's card all validate with this one schema.
 */
export const departmentReportContentSchema = z.object({
  situation: text(
    textLimits.report,
    bilingual('beskriv förvaltningens lägesbild', 'describe the department’s situation picture'),
  ),
  observations: z
    .array(observationSchema)
    .max(reportRowLimits.observations, {
      error: atMostRows(reportRowLimits.observations, { sv: 'iakttagelser', en: 'observations' }),
    })
    .default([]),
  actions: z
    .array(actionReportSchema)
    .max(reportRowLimits.actions, { error: atMostRows(reportRowLimits.actions, { sv: 'åtgärder', en: 'actions' }) })
    .default([]),
  proposals: z
    .array(
      text(
        textLimits.comment,
        bilingual('skriv förslaget eller ta bort raden', 'write the proposal or remove the row'),
      ),
    )
    .max(reportRowLimits.proposals, {
      error: atMostRows(reportRowLimits.proposals, { sv: 'förslag', en: 'proposals' }),
    })
    .default([]),
});
export type DepartmentReportContent = z.infer<typeof departmentReportContentSchema>;

/** Every action of the department must have a status, and no foreign action may sneak in. */
export function actionCoverageProblems(
  content: DepartmentReportContent,
  expectedActionIds: string[],
): { field: string; sv: string; en: string }[] {
  const problems: { field: string; sv: string; en: string }[] = [];
  const given = new Set(content.actions.map((a) => a.actionId));
  for (const id of expectedActionIds) {
    if (!given.has(id))
      problems.push({ field: `actions.${id}`, sv: 'ange status för åtgärden', en: 'give the action’s status' });
  }
  content.actions.forEach((action, index) => {
    if (!expectedActionIds.includes(action.actionId)) {
      problems.push({
        field: `actions.${index}.actionId`,
        sv: 'åtgärden hör inte till förvaltningen',
        en: 'the action does not belong to the department',
      });
    }
  });
  return problems;
}
