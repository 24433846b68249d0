import { useState } from 'react';
import type { ApiError } from '../../../api/client.js';
import {
  useCheckImport,
  useReshapeImportFile,
  useRunImport,
  useUploadImportFile,
} from '../../../api/resources/situation-imports.js';
import type {
  CheckJson,
  ImportMapping,
  ImportRecordJson,
  ImportSource,
  PreviewJson,
  RowError,
} from './import-types.js';

function mappingFrom(preview: PreviewJson): ImportMapping {
  const suggested = preview.suggestedMapping;
  return {
    date: suggested.date ?? 0,
    area: suggested.area ?? Math.min(1, preview.columns.length - 1),
    category: suggested.category ?? null,
    description: suggested.description ?? null,
    count: suggested.count ?? null,
    fixedCategory: null,
    categoryValues: {},
    newPhenomenon: null,
    preliminary: suggested.preliminary ?? null,
  };
}

const shapeOf = (of: PreviewJson) => ({
  ...(of.sheet !== null ? { sheet: of.sheet } : {}),
  ...(of.headerRow !== null ? { headerRow: of.headerRow } : {}),
});

/** A refusal naming rows ("rad 3, Datum", "rad 3, kolumn D (Beskrivning)") as the rows and columns in error. */
const rowErrorsOf = (failure: ApiError): RowError[] =>
  failure.issues.map((issue) => ({
    // No row for a place that is not a cell ("namnet på blad 2"): 0, shown as –.
    row: Number(/^rad (\d+)/.exec(issue.field)?.[1] ?? 0),
    column: issue.field.replace(/^rad \d+,?\s*/, ''),
    sv: issue.message,
    en: issue.messageEn,
  }));

/**
 * The steps of an import: the file chosen and its preview (with the sheet and header row), the mapping,
 * the check and the import itself; each new choice clears what the last one found.
 */
export function useImportSteps() {
  const [source, setSource] = useState<ImportSource>('est');
  const [preview, setPreview] = useState<PreviewJson>();
  const [mapping, setMapping] = useState<ImportMapping>();
  const [check, setCheck] = useState<CheckJson>();
  const [rowErrors, setRowErrors] = useState<RowError[]>([]);
  const [done, setDone] = useState<ImportRecordJson>();
  const [error, setError] = useState<ApiError>();
  const upload = useUploadImportFile();
  const reshapeFile = useReshapeImportFile();
  const checkImport = useCheckImport();
  const runImport = useRunImport();

  const reset = () => {
    setCheck(undefined);
    setRowErrors([]);
    setDone(undefined);
    setError(undefined);
  };
  const show = (next: PreviewJson) => {
    setPreview(next);
    setMapping(mappingFrom(next));
  };
  const choose = async (file: File) => {
    reset();
    setPreview(undefined);
    try {
      const uploaded = await upload.mutateAsync(file);
      show(uploaded);
      if (uploaded.format === 'police-json') setSource('police');
    } catch (e) {
      const failure = e as ApiError;
      // A file holding personal identity numbers is not kept: each cell is listed, as a check lists its rows.
      if (failure.code === 'import_file_personal_data') setRowErrors(rowErrorsOf(failure));
      setError(failure);
    }
  };
  /** Reads the kept file again with the sheet or header row the person chose; the mapping starts over. */
  const reshape = async (shape: { sheet?: number; headerRow?: number }) => {
    if (!preview) return;
    reset();
    try {
      show(
        await reshapeFile.mutateAsync({
          method: 'POST',
          path: `/api/situation/imports/files/${preview.fileId}/preview`,
          body: shape,
        }),
      );
    } catch (e) {
      setError(e as ApiError);
    }
  };
  const run = async (commit: boolean) => {
    if (!preview || !mapping) return;
    reset();
    const body = { fileId: preview.fileId, source, mapping, shape: shapeOf(preview) };
    try {
      if (commit) setDone(await runImport.mutateAsync({ method: 'POST', path: '/api/situation/imports', body }));
      else {
        const checked = await checkImport.mutateAsync({ method: 'POST', path: '/api/situation/imports/check', body });
        setCheck(checked);
        setRowErrors(checked.errors);
      }
    } catch (e) {
      const failure = e as ApiError;
      if (failure.code === 'import_rows_invalid') setRowErrors(rowErrorsOf(failure));
      setError(failure);
    }
  };
  const changeMapping = (next: ImportMapping) => {
    setMapping(next);
    reset();
  };

  return {
    source,
    setSource,
    preview,
    mapping,
    check,
    rowErrors,
    done,
    error,
    uploading: upload.isPending,
    importing: runImport.isPending,
    choose,
    reshape,
    run,
    changeMapping,
  };
}
