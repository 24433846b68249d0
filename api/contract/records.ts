import { z } from 'zod';
import { documentKinds, retentionSchema } from '../domain/records/records.js';

const recordsClassBodySchema = z.object({
  handlingstyp: z.string(),
  sekretess: z.string().nullable(),
  bevarande: retentionSchema,
  gallringsfrist: z.string().nullable(),
});

/** The dokumenthanteringsplan as GET and PUT /api/records/plan answer it: one line per document kind. */
export const recordsPlanBodySchema = z
  .object({
    plan: z.object(
      Object.fromEntries(documentKinds.map((kind) => [kind, recordsClassBodySchema])) as Record<
        (typeof documentKinds)[number],
        typeof recordsClassBodySchema
      >,
    ),
    etag: z.string(),
  })
  .meta({ id: 'RecordsPlan' });
export type RecordsPlanJson = z.infer<typeof recordsPlanBodySchema>;
