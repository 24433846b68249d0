import { Button, Checkbox, Field, makeStyles, Select, tokens } from '@fluentui/react-components';
import { Input } from '../../common/text-fields.js';
import { useState } from 'react';
import { entrySourceSchema } from '../../../../../api/domain/situation/entry.js';
import { useLanguage, useTexts } from '../../../i18n/language.js';
import type { ApiError } from '../../../api/client.js';
import { fieldError } from '../../common/field-error.js';
import { type Filters, noFilters } from './entry-filters.js';
import type { EntryCategory } from './entry-types.js';
import { DateInput } from '../../common/DateInput.js';
import { PlaceInput } from '../../common/PlaceInput.js';

const useStyles = makeStyles({
  filters: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap', alignItems: 'flex-end' },
});

/** The search landmark above the entries: filters written here apply when the person asks, and clear at once. */
export function EntryFilters({
  categories,
  categoryName,
  error,
  onApply,
  onClear,
}: {
  categories: EntryCategory[];
  categoryName: (id: string) => string;
  /** The list's answer when it refused the filters: a date is named beside its field. */
  error?: ApiError;
  onApply: (filters: Filters) => void;
  onClear: () => void;
}) {
  const texts = useTexts().situation;
  const language = useLanguage();
  const styles = useStyles();
  const [filters, setFilters] = useState(noFilters);
  return (
    <search>
      <form
        className={styles.filters}
        // The service's message, in the person's language, beside the field; not the browser's bubble.
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          onApply(filters);
        }}
      >
        <Field label={texts.from} validationMessage={fieldError(error, 'from', language)}>
          <DateInput value={filters.from} onChange={(_, d) => setFilters({ ...filters, from: d.value })} />
        </Field>
        <Field label={texts.to} validationMessage={fieldError(error, 'to', language)}>
          <DateInput value={filters.to} onChange={(_, d) => setFilters({ ...filters, to: d.value })} />
        </Field>
        <Field label={texts.category} validationMessage={fieldError(error, 'category', language)}>
          <Select value={filters.category} onChange={(_, d) => setFilters({ ...filters, category: d.value })}>
            <option value="">{texts.allCategories}</option>
            {categories.map((c) => (
              <option key={c.id} value={c.id}>
                {categoryName(c.id)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={texts.area} validationMessage={fieldError(error, 'area', language)}>
          <PlaceInput value={filters.area} onChange={(_, d) => setFilters({ ...filters, area: d.value })} />
        </Field>
        <Field label={texts.source}>
          <Select value={filters.source} onChange={(_, d) => setFilters({ ...filters, source: d.value })}>
            <option value="">{texts.allSources}</option>
            {entrySourceSchema.options.map((source) => (
              <option key={source} value={source}>
                {texts.sourceTitles[source]}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={texts.search} validationMessage={fieldError(error, 'q', language)}>
          <Input type="search" value={filters.q} onChange={(_, d) => setFilters({ ...filters, q: d.value })} />
        </Field>
        <Checkbox
          label={texts.onlyNew}
          checked={filters.onlyNew}
          onChange={(_, d) => setFilters({ ...filters, onlyNew: d.checked === true })}
        />
        <Button appearance="primary" type="submit">
          {texts.apply}
        </Button>
        <Button
          onClick={() => {
            setFilters(noFilters);
            onClear();
          }}
        >
          {texts.clear}
        </Button>
      </form>
    </search>
  );
}
