import { z } from 'zod';
import { importMappingSchema, importSourceSchema } from '../../domain/situation/import/mapping.js';
import { bilingual } from '../../i18n/bilingual.js';
import type { ImportPreview } from '../../services/import-service.js';
import type { ImportRecord } from '../../repositories/import-repository.js';
import {
  checkSchema,
  importRecordSchema,
  previewSchema,
  type SituationImportJson,
} from '../../contract/situation-imports.js';
import type { Stored } from '../../repositories/collection.js';
import type { AppContext } from '../../app-context.js';
import { defineRoute } from '../route.js';
import { fileNameQuery, uploadedBytes } from '../upload.js';

export const importUploadLimit = '20mb';

type PublicImport = SituationImportJson;
/** What callers see of an import: its job's own bookkeeping (settings, runner) stays inside. */
const publicImport = ({
  job: _job,
  runner: _runner,
  heartbeatAt: _heartbeat,
  etag: _etag,
  ...record
}: Stored<ImportRecord>): PublicImport => ({
  ...record,
  written: record.written ?? record.added,
});
const publicPreview = (preview: ImportPreview) => ({
  ...preview,
  previousImports: preview.previousImports.map(publicImport),
});
const importIdSchema = z.object({
  id: z.string().regex(/^[\w-]{1,64}$/, { error: bilingual('ogiltigt import-id', 'invalid import id') }),
});
/** Which sheet (0-based) and which row (as the spreadsheet numbers it) hold the table, when the person chose. */
const shapeSchema = z
  .object({
    sheet: z
      .number({ error: bilingual('ange bladets nummer', 'give the sheet’s number') })
      .int()
      .min(0)
      .max(255)
      .optional(),
    headerRow: z
      .number({ error: bilingual('ange rubrikradens nummer', 'give the header row’s number') })
      .int()
      .min(1)
      .max(1_048_576)
      .optional(),
  })
  .strict();
const fileIdSchema = z.string().regex(/^[0-9a-f]{64}$/, { error: bilingual('ogiltigt fil-id', 'invalid file id') });
const runSchema = z.object({
  fileId: fileIdSchema,
  source: importSourceSchema,
  mapping: importMappingSchema,
  shape: shapeSchema.default({}),
});
export const situationImportRoutes = (ctx: AppContext) => [
  defineRoute({
    method: 'post',
    path: '/api/situation/imports/files',
    summary: 'Ladda upp en fil att importera (CSV, XLSX eller polisens JSON) / upload a file to import',
    tags: ['Lägesbild'],
    access: ['SecurityChief'],
    query: fileNameQuery,
    responses: { 201: { description: 'Förhandsvisning', schema: previewSchema } },
    handler: async ({ query, req, caller }) => {
      const bytes = uploadedBytes(req);
      return { status: 201, body: publicPreview(await ctx.imports.upload(bytes, query.fileName, caller.id)) };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/api/situation/imports/check',
    summary: 'Kontrollera varje rad utan att spara / check every row without storing',
    tags: ['Lägesbild'],
    access: ['SecurityChief'],
    body: runSchema,
    responses: { 200: { description: 'Vad en import skulle ge', schema: checkSchema } },
    handler: async ({ body }) => ({
      body: await ctx.imports.check(body.fileId, body.source, body.mapping, body.shape),
    }),
  }),
  defineRoute({
    method: 'post',
    path: '/api/situation/imports/files/{fileId}/preview',
    summary:
      'Läs filen igen med ett annat blad eller en annan rubrikrad / read the file again with another sheet or header row',
    tags: ['Lägesbild'],
    access: ['SecurityChief'],
    params: z.object({ fileId: fileIdSchema }),
    body: shapeSchema,
    responses: { 200: { description: 'Förhandsvisning', schema: previewSchema } },
    handler: async ({ params, body }) => ({ body: publicPreview(await ctx.imports.preview(params.fileId, body)) }),
  }),
  defineRoute({
    method: 'post',
    path: '/api/situation/imports',
    summary:
      'Importera filen: varje rad kontrolleras, sedan skrivs de i bakgrunden / import the file: every row checked, then written in the background',
    tags: ['Lägesbild'],
    access: ['SecurityChief'],
    body: runSchema,
    responses: {
      202: {
        description:
          'Importen är mottagen; dess förlopp på Location / the import is accepted; its progress at Location',
        schema: importRecordSchema,
      },
      409: {
        description:
          'En import från samma källa pågår redan (import_running) / an import from the same source is already running',
      },
    },
    handler: async ({ body, caller }) => {
      const record = publicImport(
        await ctx.imports.commit(body.fileId, body.source, body.mapping, caller.id, body.shape),
      );
      return {
        status: 202,
        body: record,
        headers: { Location: `/api/situation/imports/${encodeURIComponent(record.id)}` },
      };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/situation/imports/{id}',
    summary: 'En import och hur långt den kommit / an import and how far it has come',
    tags: ['Lägesbild'],
    access: ['SecurityChief'],
    params: importIdSchema,
    responses: { 200: { description: 'Importen', schema: importRecordSchema } },
    handler: async ({ params }) => ({ body: publicImport(await ctx.imports.job(params.id)) }),
  }),
  defineRoute({
    method: 'get',
    path: '/api/situation/imports',
    summary: 'Tidigare importer / earlier imports',
    tags: ['Lägesbild'],
    access: ['SecurityChief'],
    responses: {
      200: { description: 'Importer, nyast först', schema: z.object({ imports: z.array(importRecordSchema) }) },
    },
    handler: async () => ({ body: { imports: (await ctx.imports.history()).map(publicImport) } }),
  }),
];
