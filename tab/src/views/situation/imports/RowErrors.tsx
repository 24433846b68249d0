import {
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import { useLanguage, useTexts } from '../../../i18n/language.js';
import { ScrollRegion } from '../../common/ScrollRegion.js';
import type { RowError } from './import-types.js';

/**
 * The rows a check or an import refused, with the column and why; nothing is imported until the file is put
 * right. `heading` says it of a refused upload instead (the cells holding personal identity numbers).
 */
export function RowErrors({ count, rowErrors, heading }: { count: number; rowErrors: RowError[]; heading?: string }) {
  const texts = useTexts().situation;
  const language = useLanguage();
  if (rowErrors.length === 0) return null;
  return (
    <>
      <Subtitle2 as="h3" id="row-errors">
        {heading ?? texts.rowErrors(count)}
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
                <TableCell>{rowError.row || '–'}</TableCell>
                <TableCell>{rowError.column}</TableCell>
                <TableCell>{language === 'sv' ? rowError.sv : rowError.en}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </ScrollRegion>
    </>
  );
}
