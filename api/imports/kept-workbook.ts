import type { ImportTable, TableShape } from './import-table.js';
import { isZip } from './zip-kind.js';

type Read = (bytes: Uint8Array, shape: TableShape) => Promise<ImportTable>;

/** How long a workbook nobody goes on with is kept: time enough to map its columns and check it. */
const keptMs = 15 * 60_000;

/**
 * The last workbook read, by file and shape: the upload, the preview, the check and the import read the same one
 * in turn, and a workbook of 20,000 rows takes over a second to read where a CSV of as many takes some
 * hundredths. A file's id is its SHA-256, so a kept table never stands for other content. Only the last is kept,
 * until the import takes it or a quarter of an hour passes; a read that fails is not kept.
 */
export class KeptWorkbook {
  private kept?: { fileId: string; key: string; table: Promise<ImportTable> };

  constructor(private readonly read: Read) {}

  table(fileId: string, bytes: Uint8Array, shape: TableShape = {}): Promise<ImportTable> {
    if (!isZip(bytes)) return this.read(bytes, shape);
    const key = JSON.stringify([fileId, shape.sheet ?? null, shape.headerRow ?? null]);
    if (this.kept?.key === key) return this.kept.table;
    const entry = { fileId, key, table: this.read(bytes, shape) };
    this.kept = entry;
    const forget = () => {
      if (this.kept === entry) this.kept = undefined;
    };
    entry.table.catch(forget);
    setTimeout(forget, keptMs).unref();
    return entry.table;
  }

  /** The import has read its rows: the table is not needed again. */
  release(fileId: string): void {
    if (this.kept?.fileId === fileId) this.kept = undefined;
  }
}
