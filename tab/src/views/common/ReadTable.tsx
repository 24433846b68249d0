import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { writtenLang } from '../../i18n/written.js';
import { ScrollRegion } from './ScrollRegion.js';

/** A table to read, not to act on: column headers and rows of cells, scrolling by itself when too wide. */
export function ReadTable({
  label,
  labelledBy,
  header,
  rows,
  written = [],
}: {
  label?: string;
  labelledBy?: string;
  header: string[];
  rows: ReactNode[][];
  /** The columns that hold what people wrote or named, marked Swedish. */
  written?: readonly number[];
}) {
  const name = labelledBy ? { 'aria-labelledby': labelledBy } : { 'aria-label': label };
  return (
    <ScrollRegion {...(label ? { label } : {})} {...(labelledBy ? { labelledBy } : {})}>
      <Table size="small" {...name}>
        <TableHeader>
          <TableRow>
            {header.map((h) => (
              <TableHeaderCell key={h}>{h}</TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row, index) => (
            <TableRow key={index}>
              {row.map((cell, i) => (
                <TableCell key={i} lang={written.includes(i) ? writtenLang : undefined}>
                  {cell}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </ScrollRegion>
  );
}
