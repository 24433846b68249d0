import {
  Body1,
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
import { useLanguage, useTexts } from '../../../i18n/language.js';
import { formatDateTime } from '../../common/format.js';
import { ScrollRegion } from '../../common/ScrollRegion.js';
import type { PreviewJson } from './import-types.js';

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap', alignItems: 'flex-end' },
});

/** What the file holds: its shape, the sheet and header row to read it by, earlier imports of it, and its first rows. */
export function FilePreview({
  preview,
  onReshape,
}: {
  preview: PreviewJson;
  onReshape: (shape: { sheet?: number; headerRow?: number }) => void;
}) {
  const texts = useTexts().situation;
  const language = useLanguage();
  const styles = useStyles();
  return (
    <>
      <Body1 role="status">
        {texts.fileInfo(
          preview.fileName,
          preview.rowCount,
          [preview.format, preview.encoding].filter(Boolean).join(', '),
        )}
        {preview.skippedEmptyRows > 0 ? ` ${texts.skippedEmptyRows(preview.skippedEmptyRows)}` : ''}
      </Body1>
      {(preview.sheets.length > 1 || preview.leadingRows.length > 1) && (
        <div className={styles.row}>
          {preview.sheets.length > 1 && (
            <Field label={texts.sheet}>
              <Select value={String(preview.sheet ?? 0)} onChange={(_, d) => onReshape({ sheet: Number(d.value) })}>
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
              <Select
                value={String(preview.headerRow ?? '')}
                onChange={(_, d) =>
                  onReshape({ ...(preview.sheet !== null ? { sheet: preview.sheet } : {}), headerRow: Number(d.value) })
                }
              >
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
          <MessageBarBody>
            {texts.importedBefore(formatDateTime(previous.importedAt, language), previous.added)}
          </MessageBarBody>
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
    </>
  );
}
