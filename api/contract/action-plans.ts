import { z } from 'zod';
import { actionProgressSchema } from '../domain/department-report.js';
import { planActionSchema } from '../domain/action.js';
import { partSchemas } from '../domain/action-plan/parts.js';
import { actionPlanRecordSchema } from '../domain/action-plan/plan.js';
import { documentInfoSchema } from './documents.js';

/** What the action-plan routes answer: the year's plan with its parts, its actions and their follow-up. */
const partOf = <T extends z.ZodType>(content: T) =>
  z.object({ id: z.string().nullable(), content, etag: z.string(), needsReview: z.boolean() });

const followUpSchema = z.object({
  status: actionProgressSchema,
  comment: z.string(),
  source: z.enum(['report', 'manual', 'none']),
  at: z.string().nullable(),
  /** Brå's traffic light: green on track or done, yellow delayed, red not started or stopped. */
  light: z.enum(['green', 'yellow', 'red']),
});
export const actionSchema = planActionSchema
  .extend({ id: z.string(), etag: z.string(), followUp: followUpSchema })
  .meta({ id: 'PlanAction' });
const countsSchema = z.record(actionProgressSchema, z.number());
export const planSchema = z
  .object({
    year: z.number(),
    plan: actionPlanRecordSchema.extend({ id: z.string(), etag: z.string() }),
    parts: z.object({
      1: partOf(partSchemas[1]),
      2: partOf(partSchemas[2]),
      3: partOf(partSchemas[3]),
      4: partOf(partSchemas[4]),
    }),
    actions: z.array(actionSchema),
    missing: z.array(z.object({ field: z.string(), sv: z.string(), en: z.string() })),
    followUp: z.object({
      total: countsSchema,
      byPart: z.record(z.string(), countsSchema),
      byResponsible: z.record(z.string(), countsSchema),
    }),
    document: documentInfoSchema.nullable(),
  })
  .meta({ id: 'ActionPlan' });

export type ActionJson = z.infer<typeof actionSchema>;
export type PlanJson = z.infer<typeof planSchema>;
