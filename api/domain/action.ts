import { z } from 'zod';

/**
 * An action of a year's action plan, as far as the department reports need it: which department answers
 * for it. The action-plan feature adds the plan's parts, causes, indicators and follow-up.
 */
export const planActionSchema = z.object({
  year: z.number().int(),
  title: z.string().trim().min(1).max(200),
  departmentId: z.string().min(1),
  part: z.number().int().min(1).max(4),
});
export type PlanAction = z.infer<typeof planActionSchema>;
