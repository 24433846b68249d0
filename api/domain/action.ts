import { z } from 'zod';
import { textLimits } from './text-limits.js';
import { bilingual } from '../i18n/bilingual.js';
import { isoDateSchema } from './iso-date.js';
import { actionProgressSchema } from './department-report.js';
import { freeText } from './personal-data.js';
import { distinctList } from './distinct-list.js';

const text = freeText;
const optionalDate = isoDateSchema.nullable().default(null);
const itemId = z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, { error: bilingual('ogiltig referens', 'invalid reference') });

/** A part-4 action that came from the strategic council: which council, which commitment. */
export const actionOriginSchema = z.object({
  kind: z.literal('council'),
  year: z.number().int(),
  commitmentId: z.string().min(1).max(80),
});

/** What the säkerhetschef writes about an action; status and follow-up are kept apart. */
export const planActionInputSchema = z
  .object({
    title: text(200).pipe(z.string().min(1, { error: bilingual('ange en rubrik', 'give a title') })),
    description: text(textLimits.description).default(''),
    part: z
      .number({ error: bilingual('välj del 1–4', 'choose part 1–4') })
      .int()
      .min(1)
      .max(4),
    /** Responsible: a department or an actor, never both. */
    departmentId: z.string().min(1).max(64).nullable().default(null),
    actorId: z.string().min(1).max(64).nullable().default(null),
    problemIds: distinctList(itemId, 50, { sv: 'problem', en: 'problems' }).default([]),
    factorIds: distinctList(itemId, 50, { sv: 'skyddsfaktorer', en: 'protective factors' }).default([]),
    start: optionalDate,
    end: optionalDate,
    indicator: text(500).default(''),
    target: text(500).default(''),
  })
  .refine((action) => !(action.departmentId && action.actorId), {
    path: ['actorId'],
    error: bilingual(
      'ange antingen en förvaltning eller en aktör som ansvarig, inte båda',
      'give a department or an actor as responsible, not both',
    ),
  })
  .refine((action) => !action.start || !action.end || action.start <= action.end, {
    path: ['end'],
    error: bilingual('slutdatum kan inte ligga före startdatum', 'the end cannot be before the start'),
  });
export type PlanActionInput = z.infer<typeof planActionInputSchema>;

/** An action of a year's plan as stored: what was written, its status, and where it came from. */
/** A column left empty (null from the store, e.g. a list row added by hand) reads as its default. */
const orDefault = <T extends z.ZodType>(schema: T, fallback: z.input<T>) =>
  z.preprocess((value) => value ?? fallback, schema);

export const planActionSchema = z.object({
  year: z.number().int(),
  title: z.string().min(1),
  description: orDefault(z.string(), ''),
  part: z.number().int().min(1).max(4),
  departmentId: z.string().nullable().default(null),
  actorId: z.string().nullable().default(null),
  problemIds: orDefault(z.array(z.string()), []),
  factorIds: orDefault(z.array(z.string()), []),
  start: z.string().nullable().default(null),
  end: z.string().nullable().default(null),
  indicator: orDefault(z.string(), ''),
  target: orDefault(z.string(), ''),
  status: orDefault(actionProgressSchema, 'notStarted'),
  statusComment: orDefault(z.string(), ''),
  statusChangedAt: z.string().nullable().default(null),
  statusChangedBy: z.string().nullable().default(null),
  origin: actionOriginSchema.nullable().default(null),
  /** The action of last year's plan this one carries over. */
  carriedFromId: z.string().nullable().default(null),
});
export type PlanAction = z.infer<typeof planActionSchema>;

export const actionStatusInputSchema = z.object({
  status: actionProgressSchema,
  comment: text(textLimits.comment).default(''),
});
