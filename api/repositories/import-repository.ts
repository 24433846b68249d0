import { z } from 'zod';
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
  importedBy: z.string(),
  importedAt: z.string(),
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
          { name: 'importedBy', type: 'text' },
          { name: 'importedAt', type: 'dateTime', indexed: true },
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

  async ofFile(fileId: string): Promise<Stored<ImportRecord>[]> {
    return this.imports.all({ filters: [{ field: 'fileId', op: 'eq', value: fileId }] });
  }
}
