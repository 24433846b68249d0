import type { ImportMapping, ImportSource, RowError } from '../../../../../api/domain/situation/import/mapping.js';

export interface ImportRecordJson {
  id: string;
  fileId: string;
  fileName: string;
  source: string;
  format: string;
  rows: number;
  added: number;
  skipped: number;
  replaced: number;
  importedAt: string;
  status: 'running' | 'counting' | 'done' | 'failed';
  written: number;
  finishedAt: string | null;
}

export interface PreviewJson {
  fileId: string;
  fileName: string;
  format: string;
  encoding: string | null;
  columns: string[];
  rowCount: number;
  skippedEmptyRows: number;
  sample: string[][];
  suggestedMapping: Partial<ImportMapping>;
  distinctValues: Record<string, string[]>;
  sheets: string[];
  sheet: number | null;
  headerRow: number | null;
  leadingRows: { number: number; cells: string[] }[];
  previousImports: ImportRecordJson[];
}

export interface CheckJson {
  rowCount: number;
  newCount: number;
  existingCount: number;
  replacesPreliminary: number;
  errors: RowError[];
  errorCount: number;
}

export type { ImportMapping, ImportSource, RowError };
