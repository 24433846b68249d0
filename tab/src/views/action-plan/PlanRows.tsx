import { Button } from '@fluentui/react-components';
import { DeleteRegular } from '@fluentui/react-icons';
import type { ReactNode } from 'react';
import { AddRowButton } from '../common/AddRowButton.js';
import { newRowId } from './plan-types.js';
import { usePartStyles } from './part-styles.js';

interface Props<T extends { id: string }> {
  rows: T[];
  onChange: (rows: T[]) => void;
  /** Names each row for screen readers: "Problem 2". */
  label: string;
  removeLabel: (number: number) => string;
  addLabel: string;
  /** The most rows the service takes, and what the list holds in the plural ("problem"). */
  max: number;
  what: string;
  /** The service's refusal of the list as a whole. */
  issue?: string | undefined;
  /** A new, empty row without its id. */
  empty: () => Omit<T, 'id'>;
  /** A row's fields; `set` changes them. */
  children: (row: T, set: (change: Partial<T>) => void, index: number) => ReactNode;
}

/** The rows of one list in a plan part: each a group of fields with a button that removes it, then one that adds a row. */
export function PlanRows<T extends { id: string }>({
  rows,
  onChange,
  label,
  removeLabel,
  addLabel,
  max,
  what,
  issue,
  empty,
  children,
}: Props<T>) {
  const styles = usePartStyles();
  const set = (index: number) => (change: Partial<T>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...change } : row)));
  return (
    <>
      {rows.map((row, index) => (
        <fieldset key={row.id} className={styles.row} aria-label={`${label} ${index + 1}`}>
          {children(row, set(index), index)}
          <div>
            <Button icon={<DeleteRegular />} onClick={() => onChange(rows.filter((_, i) => i !== index))}>
              {removeLabel(index + 1)}
            </Button>
          </div>
        </fieldset>
      ))}
      <AddRowButton
        count={rows.length}
        max={max}
        what={what}
        issue={issue}
        onAdd={() => onChange([...rows, { ...empty(), id: newRowId() } as T])}
      >
        {addLabel}
      </AddRowButton>
    </>
  );
}
