import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import {
  countText,
  formatChange,
  type Change,
  type CountRow,
} from '../../../../../api/domain/situation/compilation.js';
import { useTexts } from '../../../i18n/language.js';
import { ScrollRegion } from '../../common/ScrollRegion.js';

export const changeText = (change: Change, language: 'sv' | 'en') => formatChange(change, language);

/** One row per category or area, with both comparisons, as the chart's accessible twin. */
export function CountTable({
  label,
  first,
  rows,
  name,
  language,
}: {
  label: string;
  first: string;
  rows: CountRow[];
  name: (key: string) => ReactNode;
  language: 'sv' | 'en';
}) {
  const columns = useTexts().situation.countColumns;
  return (
    <ScrollRegion label={label}>
      <Table aria-label={label} size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{first}</TableHeaderCell>
            <TableHeaderCell>{columns.count}</TableHeaderCell>
            <TableHeaderCell>{columns.previous}</TableHeaderCell>
            <TableHeaderCell>{columns.change}</TableHeaderCell>
            <TableHeaderCell>{columns.lastYear}</TableHeaderCell>
            <TableHeaderCell>{columns.changeLastYear}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.key}>
              <TableCell>{name(row.key)}</TableCell>
              <TableCell>{countText(row.count, row.preliminary)}</TableCell>
              <TableCell>{row.previousQuarter}</TableCell>
              <TableCell>{changeText(row.changeFromPrevious, language)}</TableCell>
              <TableCell>{row.sameQuarterLastYear}</TableCell>
              <TableCell>{changeText(row.changeFromLastYear, language)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </ScrollRegion>
  );
}
