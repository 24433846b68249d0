import { Field, Select } from '@fluentui/react-components';

/**
 * A year among the current one and those around it; `ahead` adds coming years (a council can be planned ahead).
 * A year a link names outside them is offered too, so the choice shown is always the year the page shows.
 */
export function YearSelect({
  label,
  year,
  currentYear,
  ahead = 0,
  onChange,
}: {
  label: string;
  year: number;
  currentYear: number;
  ahead?: number;
  onChange: (year: number) => void;
}) {
  const around = Array.from({ length: 6 + ahead }, (_, i) => currentYear + ahead - i);
  const years = around.includes(year) ? around : [...around, year].sort((a, b) => b - a);
  return (
    <Field label={label}>
      <Select value={String(year)} onChange={(_, d) => onChange(Number(d.value))}>
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </Select>
    </Field>
  );
}
