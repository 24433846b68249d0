import type {
  ImportCheckJson,
  ImportPreviewJson,
  SituationImportJson,
} from '../../../../../api/contract/situation-imports.js';
import type { ImportMapping, ImportSource, RowError } from '../../../../../api/domain/situation/import/mapping.js';

// The answers of the import routes, as their response schemas say: nothing written by hand to drift.
export type ImportRecordJson = SituationImportJson;
export type PreviewJson = ImportPreviewJson;
export type CheckJson = ImportCheckJson;

export type { ImportMapping, ImportSource, RowError };
