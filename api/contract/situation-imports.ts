import { z } from 'zod';
import { importMappingSchema } from '../domain/situation/import/mapping.js';
import { importStatusSchema } from '../domain/situation/import/status.js';

/**
 * What the import routes answer, as zod schemas: the routes declare them (OpenAPI, the test-mode check),
 * and the tab reads its types from them instead of writing its own.
 */
export const rowErrorSchema = z.object({ row: z.number(), column: z.string(), sv: z.string(), en: z.string() });
export const importRecordSchema = z
  .object({
    id: z.string(),
    fileId: z.string(),
    fileName: z.string(),
    source: z.string(),
    format: z.string(),
    rows: z.number(),
    added: z.number(),
    skipped: z.number(),
    /** Brå's preliminary figures its final ones replaced. */
    replaced: z.number(),
    importedBy: z.string(),
    importedAt: z.string(),
    /** running: rows are being written; counting: they enter the quarter view's counts; then done, or failed. */
    status: importStatusSchema,
    /** Rows written so far of `added`. */
    written: z.number(),
    finishedAt: z.string().nullable(),
    error: z.string().nullable(),
  })
  .meta({ id: 'SituationImport' });

export const previewSchema = z
  .object({
    fileId: z.string(),
    fileName: z.string(),
    format: z.string(),
    encoding: z.string().nullable(),
    columns: z.array(z.string()),
    rowCount: z.number(),
    skippedEmptyRows: z.number(),
    sample: z.array(z.array(z.string())),
    suggestedMapping: importMappingSchema.partial(),
    distinctValues: z.record(z.string(), z.array(z.string())),
    previousImports: z.array(importRecordSchema),
    sheets: z.array(z.string()),
    sheet: z.number().nullable(),
    headerRow: z.number().nullable(),
    leadingRows: z.array(z.object({ number: z.number(), cells: z.array(z.string()) })),
  })
  .meta({ id: 'ImportPreview' });

export const checkSchema = z
  .object({
    rowCount: z.number(),
    newCount: z.number(),
    existingCount: z.number(),
    replacesPreliminary: z.number(),
    errors: z.array(rowErrorSchema),
    errorCount: z.number(),
  })
  .meta({ id: 'ImportCheck' });

export type SituationImportJson = z.infer<typeof importRecordSchema>;
export type ImportPreviewJson = z.infer<typeof previewSchema>;
export type ImportCheckJson = z.infer<typeof checkSchema>;
