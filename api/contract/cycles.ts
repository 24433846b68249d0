import { z } from 'zod';
import { departmentReportStateSchema, milestoneKindSchema, milestoneStatusSchema } from '../domain/cycle/index.js';
import { roleSchema } from '../domain/roles.js';

/** What the årshjul routes answer: a year's milestones as the tab and the bot show them. */
export const milestoneSchema = z
  .object({
    id: z.string(),
    kind: milestoneKindSchema,
    sequence: z.number().int().optional(),
    title: z.string(),
    titleEn: z.string(),
    description: z.string(),
    descriptionEn: z.string(),
    due: z.string(),
    nominalDue: z.string(),
    adjustedFrom: z.object({ date: z.string(), reason: z.string(), reasonEn: z.string() }).optional(),
    setByHand: z.boolean(),
    moved: z
      .object({ by: z.string(), byName: z.string(), at: z.string(), reason: z.string().nullable(), from: z.string() })
      .optional(),
    status: milestoneStatusSchema,
    responsible: z.string(),
    responsibleEn: z.string(),
    responsibleRole: roleSchema,
    reminderOffsetsDays: z.array(z.number()),
    /** The first day the milestone can be marked done (a quarter over, the council's day, the year over); null: any. */
    completableFrom: z.string().nullable(),
    completion: z
      .object({
        doneAt: z.string(),
        decisionParagraph: z.string().nullable(),
        note: z.string().nullable(),
        markedBy: z.string(),
        markedByName: z.string(),
      })
      .optional(),
    departments: z
      .array(
        z.object({
          departmentId: z.string(),
          name: z.string(),
          state: departmentReportStateSchema,
          submittedAt: z.string().nullable(),
        }),
      )
      .optional(),
  })
  .meta({ id: 'Milestone' });

export const cycleSchema = z
  .object({
    year: z.number(),
    today: z.string(),
    municipality: z.object({ name: z.string(), slug: z.string() }),
    milestones: z.array(milestoneSchema),
  })
  .meta({ id: 'Cycle' });

export type MilestoneJson = z.infer<typeof milestoneSchema>;
export type CycleJson = z.infer<typeof cycleSchema>;
