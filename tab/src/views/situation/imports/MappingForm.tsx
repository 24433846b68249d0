import {
  Field,
  makeStyles,
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
import { categoryFor } from '../../../../../api/domain/situation/entry-query.js';
import { shownInput, storableText } from '../../../../../api/domain/text-policy.js';
import type { EntryCategory } from '../../../../../api/domain/situation/entry.js';
import { useLanguage, useTexts } from '../../../i18n/language.js';
import type { ImportMapping, PreviewJson } from './import-types.js';
import { categoryNamer } from '../category-name.js';
import { ScrollRegion } from '../../common/ScrollRegion.js';

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap', alignItems: 'flex-end' },
});

type ColumnField = 'date' | 'area' | 'category' | 'description' | 'count' | 'preliminary';
const required: ColumnField[] = ['date', 'area'];

/** Which column is which, and what each of the file's category words becomes. */
export function MappingForm({
  preview,
  mapping,
  categories,
  onChange,
  issue,
}: {
  preview: PreviewJson;
  mapping: ImportMapping;
  categories: EntryCategory[];
  onChange: (mapping: ImportMapping) => void;
  /** The service's refusal of one part of the mapping, by its path ("mapping.categoryValues.Klotter"). */
  issue: (field: string) => string | undefined;
}) {
  const texts = useTexts().situation;
  const language = useLanguage();
  const styles = useStyles();
  const nameOf = categoryNamer(categories, language);
  const categoryOptions = categories.map((c) => (
    <option key={c.id} value={c.id}>
      {nameOf(c.id)}
    </option>
  ));
  const words = mapping.category === null ? [] : (preview.distinctValues[String(mapping.category)] ?? []);

  return (
    <>
      <Subtitle2 as="h3">{texts.mapping}</Subtitle2>
      <div className={styles.row}>
        {(['date', 'area', 'category', 'description', 'count', 'preliminary'] as const).map((field) => (
          <Field
            key={field}
            label={texts.fields[field]}
            required={required.includes(field)}
            {...(field === 'preliminary' ? { hint: texts.preliminaryHint } : {})}
            validationMessage={issue(`mapping.${field}`)}
          >
            <Select
              value={mapping[field] === null ? '' : String(mapping[field])}
              onChange={(_, d) => onChange({ ...mapping, [field]: d.value === '' ? null : Number(d.value) })}
            >
              {!required.includes(field) && <option value="">{texts.noColumn}</option>}
              {preview.columns.map((column, index) => (
                <option key={index} value={index}>
                  {column || `#${index + 1}`}
                </option>
              ))}
            </Select>
          </Field>
        ))}
        {mapping.category === null && (
          <Field label={texts.fixedCategory} validationMessage={issue('mapping.fixedCategory')}>
            <Select
              value={mapping.fixedCategory ?? categoryFor('', categories)}
              onChange={(_, d) => onChange({ ...mapping, fixedCategory: d.value })}
            >
              {categoryOptions}
            </Select>
          </Field>
        )}
      </div>
      {words.length > 0 && (
        <>
          <Subtitle2 as="h3" id="category-words">
            {texts.categoryWords}
          </Subtitle2>
          <ScrollRegion labelledBy="category-words">
            <Table aria-labelledby="category-words" size="small">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{texts.categoryWord}</TableHeaderCell>
                  <TableHeaderCell>{texts.becomes}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {words.map((word) => (
                  <TableRow key={word}>
                    <TableCell>{storableText(word)}</TableCell>
                    <TableCell>
                      {/* The service names a word as its messages quote it: shortened to 40 characters. */}
                      <Field validationMessage={issue(`mapping.categoryValues.${shownInput(word, 40)}`)}>
                        <Select
                          aria-label={`${texts.becomes}: ${storableText(word)}`}
                          value={mapping.categoryValues[word] ?? categoryFor(word, categories)}
                          onChange={(_, d) =>
                            onChange({ ...mapping, categoryValues: { ...mapping.categoryValues, [word]: d.value } })
                          }
                        >
                          {categoryOptions}
                        </Select>
                      </Field>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </ScrollRegion>
        </>
      )}
    </>
  );
}
