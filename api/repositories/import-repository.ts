import { z } from 'zod';
import { importStatusSchema } from '../domain/situation/import/status.js';
import type { StoragePort } from '../store/port.js';
import { Collection, type Stored } from './collection.js';

const importRecordSchema = z.object({
  /** SHA-256 of the file's bytes: the same file is recognised whatever its name. */
  fileId: z.string(),
  fileName: z.string(),
  source: z.string(),
  format: z.string(),
  rows: z.number().int(),
  added: z.number().int(),
  skipped: z.number().int(),
  /** Brå's preliminary figures the import's final ones replaced (imports from before have none). */
  replaced: z
    .number()
    .int()
    .nullish()
    .transform((n) => n ?? 0),
  importedBy: z.string(),
  importedAt: z.string(),
  /** An import runs as a job: rows written of `added`, and its state (records from before jobs are done). */
  status: importStatusSchema.default('done'),
  written: z.number().int().nullable().default(null),
  /** What the job needs to start again after a restart: the source, the mapping and the table's shape, as JSON. */
  job: z.string().nullable().default(null),
  /** The instance running the job and when it last wrote: a job no one has touched for a while is taken over. */
  runner: z.string().nullable().default(null),
  heartbeatAt: z.string().nullable().default(null),
  finishedAt: z.string().nullable().default(null),
  error: z.string().nullable().default(null),
});
export type ImportRecord = z.infer<typeof importRecordSchema>;

/** What was imported into the lägesbild, when, by whom, and how much of it was new. */
export class ImportRepository {
  readonly imports: Collection<ImportRecord>;

  constructor(store: StoragePort) {
    this.imports = new Collection(
      store,
      {
        name: 'situationImports',
        title: 'Importer till lägesbilden',
        columns: [
          { name: 'fileId', type: 'text', indexed: true },
          { name: 'fileName', type: 'text' },
          { name: 'source', type: 'text' },
          { name: 'format', type: 'text' },
          { name: 'rows', type: 'number' },
          { name: 'added', type: 'number' },
          { name: 'skipped', type: 'number' },
          { name: 'replaced', type: 'number' },
          { name: 'importedBy', type: 'text' },
          { name: 'importedAt', type: 'dateTime', indexed: true },
          { name: 'status', type: 'text', indexed: true },
          { name: 'written', type: 'number' },
          { name: 'job', type: 'note' },
          { name: 'runner', type: 'text' },
          { name: 'heartbeatAt', type: 'dateTime' },
          { name: 'finishedAt', type: 'dateTime' },
          { name: 'error', type: 'note' },
        ],
      },
      importRecordSchema,
    );
  }

  async ensure(): Promise<void> {
    await this.imports.ensure();
  }

  async newestFirst(): Promise<Stored<ImportRecord>[]> {
    return this.imports.all({ orderBy: [{ field: 'importedAt', direction: 'desc' }], top: 100 });
  }

  /** Jobs not finished: running or adding their counts. */
  async unfinished(): Promise<Stored<ImportRecord>[]> {
    const [running, counting] = await Promise.all(
      (['running', 'counting'] as const).map((status) =>
        this.imports.all({ filters: [{ field: 'status', op: 'eq', value: status }] }),
      ),
    );
    return [...running!, ...counting!];
  }

  async ofFile(fileId: string): Promise<Stored<ImportRecord>[]> {
    return this.imports.all({ filters: [{ field: 'fileId', op: 'eq', value: fileId }] });
  }
}
