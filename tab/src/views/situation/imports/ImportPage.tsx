import {
  Body1,
  Button,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import type { EntryCategory } from '../../../../../api/domain/situation/entry.js';
import type { ApiError } from '../../../api/client.js';
import { useLanguage, useTexts } from '../../../i18n/language.js';
import { useSession } from '../../../session.js';
import { ErrorMessage } from '../../common/ErrorMessage.js';
import { FilePicker } from '../../common/FilePicker.js';
import { formatDateTime } from '../../common/format.js';
import type { CheckJson, ImportMapping, ImportRecordJson, ImportSource, PreviewJson, RowError } from './import-types.js';
import { ImportProgress } from './ImportProgress.js';
import { MappingForm } from './MappingForm.js';
import { ScrollRegion } from '../../common/ScrollRegion.js';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '64rem' },
  row: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap', alignItems: 'flex-end' },
});

const sources: ImportSource[] = ['est', 'police', 'bra', 'other'];

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

/** EST exports and police statistics into the lägesbild: choose, map, check, import. */
export function ImportPage() {
  const texts = useTexts().situation;
  const language = useLanguage();
  const styles = useStyles();
  const { api } = useSession();
  const [source, setSource] = useState<ImportSource>('est');
  const [preview, setPreview] = useState<PreviewJson>();
  const [mapping, setMapping] = useState<ImportMapping>();
  const [categories, setCategories] = useState<EntryCategory[]>([]);
  const [check, setCheck] = useState<CheckJson>();
  const [rowErrors, setRowErrors] = useState<RowError[]>([]);
  const [done, setDone] = useState<ImportRecordJson>();
  const [history, setHistory] = useState<ImportRecordJson[]>([]);
  const [error, setError] = useState<ApiError>();
  const [uploading, setUploading] = useState(false);

  const loadHistory = useCallback(() => {
    void api.request<{ imports: ImportRecordJson[] }>('/api/situation/imports').then((body) => setHistory(body.imports), (e: ApiError) => setError(e));
  }, [api]);
  useEffect(() => {
    loadHistory();
    void api.request<{ categories: EntryCategory[] }>('/api/situation/categories').then((body) => setCategories(body.categories), (e: ApiError) => setError(e));
  }, [api, loadHistory]);

  // An import still running when the page opens (started before a reload, or by someone else): its progress.
  const running = history.find((record) => record.status === 'running' || record.status === 'counting');

  const reset = () => {
    setCheck(undefined);
    setRowErrors([]);
    setDone(undefined);
    setError(undefined);
  };
  const choose = async (file: File) => {
    reset();
    setPreview(undefined);
    setUploading(true);
    try {
      const uploaded = await api.upload<PreviewJson>(`/api/situation/imports/files?fileName=${encodeURIComponent(file.name)}`, file);
      setPreview(uploaded);
      setMapping(mappingFrom(uploaded));
      if (uploaded.format === 'police-json') setSource('police');
    } catch (e) {
      setError(e as ApiError);
    } finally {
      setUploading(false);
    }
  };
  /** Reads the kept file again with the sheet or header row the person chose; the mapping starts over. */
  const reshape = async (shape: { sheet?: number; headerRow?: number }) => {
    if (!preview) return;
    reset();
    try {
      const next = await api.request<PreviewJson>(`/api/situation/imports/files/${preview.fileId}/preview`, { method: 'POST', body: shape });
      setPreview(next);
      setMapping(mappingFrom(next));
    } catch (e) {
      setError(e as ApiError);
    }
  };
  const shapeOf = (of: PreviewJson) => ({ ...(of.sheet !== null ? { sheet: of.sheet } : {}), ...(of.headerRow !== null ? { headerRow: of.headerRow } : {}) });
  const run = async (commit: boolean) => {
    if (!preview || !mapping) return;
    reset();
    const body = { fileId: preview.fileId, source, mapping, shape: shapeOf(preview) };
    try {
      if (commit) {
        setDone(await api.request<ImportRecordJson>('/api/situation/imports', { method: 'POST', body }));
        loadHistory();
      } else {
        const checked = await api.request<CheckJson>('/api/situation/imports/check', { method: 'POST', body });
        setCheck(checked);
        setRowErrors(checked.errors);
      }
    } catch (e) {
      const failure = e as ApiError;
      if (failure.code === 'import_rows_invalid') {
        setRowErrors(failure.issues.map((issue) => ({ row: Number(/\d+/.exec(issue.field)?.[0] ?? 0), column: issue.field.replace(/^rad \d+,?\s*/, ''), sv: issue.message, en: issue.messageEn })));
      }
      setError(failure);
    }
  };

  return (
    <div className={styles.page}>
      <Body1 as="p">{texts.importIntro}</Body1>
      <div className={styles.row}>
        <FilePicker
          label={texts.chooseFile}
          busy={uploading}
          accept=".csv,.txt,.xlsx,.json,text/csv,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onFile={(file) => void choose(file)}
        />
        <Field label={texts.importSource}>
          <Select value={source} onChange={(_, d) => setSource(d.value as ImportSource)}>
            {sources.map((s) => (
              <option key={s} value={s}>
                {texts.importSources[s]}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <ErrorMessage error={error} />
      {!done && running && <ImportProgress key={running.id} accepted={running} onFinished={loadHistory} />}

      {preview && mapping && (
        <>
          <Body1 role="status">
            {texts.fileInfo(preview.fileName, preview.rowCount, [preview.format, preview.encoding].filter(Boolean).join(', '))}
            {preview.skippedEmptyRows > 0 ? ` ${texts.skippedEmptyRows(preview.skippedEmptyRows)}` : ''}
          </Body1>
          {(preview.sheets.length > 1 || preview.leadingRows.length > 1) && (
            <div className={styles.row}>
              {preview.sheets.length > 1 && (
                <Field label={texts.sheet}>
                  <Select value={String(preview.sheet ?? 0)} onChange={(_, d) => void reshape({ sheet: Number(d.value) })}>
                    {preview.sheets.map((name, index) => (
                      <option key={index} value={index}>
                        {name}
                      </option>
                    ))}
                  </Select>
                </Field>
              )}
              {preview.leadingRows.length > 1 && (
                <Field label={texts.headerRow} hint={texts.headerRowHint}>
                  <Select value={String(preview.headerRow ?? '')} onChange={(_, d) => void reshape({ ...(preview.sheet !== null ? { sheet: preview.sheet } : {}), headerRow: Number(d.value) })}>
                    {preview.leadingRows.map((row) => (
                      <option key={row.number} value={row.number}>
                        {texts.rowWith(row.number, row.cells.filter(Boolean).slice(0, 4).join(', '))}
                      </option>
                    ))}
                  </Select>
                </Field>
              )}
            </div>
          )}
          {preview.previousImports.map((previous) => (
            <MessageBar key={previous.id} intent="info">
              <MessageBarBody>{texts.importedBefore(formatDateTime(previous.importedAt, language), previous.added)}</MessageBarBody>
            </MessageBar>
          ))}
          <Subtitle2 as="h3" id="import-preview">
            {texts.preview}
          </Subtitle2>
          <ScrollRegion labelledBy="import-preview">
            <Table aria-labelledby="import-preview" size="small">
              <TableHeader>
                <TableRow>
                  {preview.columns.map((column, index) => (
                    <TableHeaderCell key={index}>{column}</TableHeaderCell>
                  ))}
                </TableRow>
              </TableHeader>
              <TableBody>
                {preview.sample.map((row, index) => (
                  <TableRow key={index}>
                    {preview.columns.map((_, column) => (
                      <TableCell key={column}>{row[column] ?? ''}</TableCell>
                    ))}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </ScrollRegion>
          <MappingForm preview={preview} mapping={mapping} categories={categories} onChange={(next) => { setMapping(next); reset(); }} />
          <div className={styles.row}>
            <Button onClick={() => void run(false)}>{texts.check}</Button>
            <Button appearance="primary" onClick={() => void run(true)}>
              {texts.runImport}
            </Button>
          </div>
          {check && check.errorCount === 0 && <Body1 role="status">{texts.checked(check.rowCount, check.newCount, check.existingCount)}
              {check.replacesPreliminary > 0 ? ` ${texts.replacesPreliminary(check.replacesPreliminary)}` : ''}</Body1>}
          {done && <ImportProgress key={done.id} accepted={done} onFinished={loadHistory} />}
          {rowErrors.length > 0 && (
            <>
              <Subtitle2 as="h3" id="row-errors">
                {texts.rowErrors(check?.errorCount ?? rowErrors.length)}
              </Subtitle2>
              <ScrollRegion labelledBy="row-errors">
                <Table aria-labelledby="row-errors" size="small">
                  <TableHeader>
                    <TableRow>
                      <TableHeaderCell>{texts.errorRow}</TableHeaderCell>
                      <TableHeaderCell>{texts.errorColumn}</TableHeaderCell>
                      <TableHeaderCell>{texts.errorWhy}</TableHeaderCell>
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {rowErrors.map((rowError, index) => (
                      <TableRow key={index}>
                        <TableCell>{rowError.row}</TableCell>
                        <TableCell>{rowError.column}</TableCell>
                        <TableCell>{language === 'sv' ? rowError.sv : rowError.en}</TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </ScrollRegion>
            </>
          )}
        </>
      )}

      <Subtitle2 as="h3" id="import-history">
        {texts.history}
      </Subtitle2>
      {history.length === 0 ? (
        <Body1>{texts.noHistory}</Body1>
      ) : (
        <ScrollRegion labelledBy="import-history">
          <Table aria-labelledby="import-history" size="small">
            <TableHeader>
              <TableRow>
                {Object.values(texts.historyColumns).map((title) => (
                  <TableHeaderCell key={title}>{title}</TableHeaderCell>
                ))}
              </TableRow>
            </TableHeader>
            <TableBody>
              {history.map((record) => (
                <TableRow key={record.id}>
                  <TableCell>{formatDateTime(record.importedAt, language)}</TableCell>
                  <TableCell>{record.fileName}</TableCell>
                  <TableCell>{texts.importSources[record.source as ImportSource] ?? record.source}</TableCell>
                  <TableCell>{record.rows}</TableCell>
                  <TableCell>{record.added}</TableCell>
                  <TableCell>{record.skipped}</TableCell>
                  <TableCell>{record.status === 'running' ? `${texts.importStatuses.running} (${record.written}/${record.added})` : texts.importStatuses[record.status]}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </ScrollRegion>
      )}
    </div>
  );
}
