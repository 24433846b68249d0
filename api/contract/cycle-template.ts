import { z } from 'zod';
import { cycleTemplateSchema } from '../domain/cycle/index.js';

/** What GET and PUT /api/cycle-template answer: the municipality's template of the årshjul with its ETag. */
export const cycleTemplateResponseSchema = z
  .object({ template: cycleTemplateSchema, id: z.string(), etag: z.string() })
  .meta({ id: 'CycleTemplate' });
export type CycleTemplateJson = z.infer<typeof cycleTemplateResponseSchema>;
