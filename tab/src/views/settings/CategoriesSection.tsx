import { Body1, makeStyles, MessageBar, MessageBarBody, Subtitle1, tokens } from '@fluentui/react-components';
import { Input } from '../common/text-fields.js';
import { DeleteRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { categoriesMax, entryCategorySchema, type EntryCategory } from '../../../../api/domain/situation/entry.js';
import { lineLimit } from '../../../../api/domain/max-length.js';
import { LimitedField } from '../common/LimitedField.js';
import type { ApiError } from '../../api/client.js';
import { useCategories, useSaveCategories } from '../../api/resources/situation-categories.js';
import { useLanguage, useTexts } from '../../i18n/language.js';
import { sentenceWith, writtenLang } from '../../i18n/written.js';
import { ErrorMessage } from '../common/ErrorMessage.js';
import { fieldError } from '../common/field-error.js';
import { AddRowButton } from '../common/AddRowButton.js';
import { IconButton } from '../common/IconButton.js';
import { useSectionStyles } from './section-styles.js';
import { ActionButton } from '../common/ActionButton.js';

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap', alignItems: 'flex-end' },
});

const nameLimits = {
  sv: lineLimit(entryCategorySchema.shape.sv),
  en: lineLimit(entryCategorySchema.shape.en),
};

type Draft = EntryCategory & { isNew?: boolean };

/** A readable id for a new category: its Swedish name without accents. */
const idOf = (name: string) =>
  name
    .toLocaleLowerCase('sv')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);

/** The categories the lägesbild's entries and imports are sorted into. */
export function CategoriesSection({ canEdit }: { canEdit: boolean }) {
  const sectionStyles = useSectionStyles();
  const texts = useTexts().situation;
  const language = useLanguage();
  const styles = useStyles();
  const read = useCategories();
  const saveCategories = useSaveCategories();
  // The person's changes, with the ETag of the list they started from: a save over someone else's is refused.
  const [edits, setEdits] = useState<{ categories: Draft[]; etag: string }>();
  const [saveError, setError] = useState<ApiError>();
  const [status, setStatus] = useState('');
  const error = saveError ?? read.error ?? undefined;
  if (!read.data) return <ErrorMessage error={error} />;

  const { etag } = edits ?? read.data;
  const draft: Draft[] = edits?.categories ?? read.data.categories;
  const setDraft = (categories: Draft[]) => setEdits({ categories, etag });
  const set = (index: number, change: Partial<EntryCategory>) =>
    setDraft(
      draft.map((c, i) =>
        i === index ? { ...c, ...change, ...(c.isNew && change.sv !== undefined ? { id: idOf(change.sv) } : {}) } : c,
      ),
    );
  const save = async () => {
    try {
      await saveCategories.mutateAsync({
        method: 'PUT',
        path: '/api/situation/categories',
        etag,
        body: { categories: draft.map(({ id, sv, en }) => ({ id, sv, en })) },
      });
      setEdits(undefined);
      setError(undefined);
      setStatus(texts.categoriesSaved);
    } catch (e) {
      setError(e as ApiError);
      setStatus('');
    }
  };

  return (
    <section className={sectionStyles.section} aria-labelledby="categories-heading">
      <Subtitle1 as="h2" id="categories-heading">
        {texts.categories}
      </Subtitle1>
      <Body1>{texts.categoriesHelp}</Body1>
      <ErrorMessage error={error} summary />
      {!canEdit && (
        <ul>
          {draft.map((category) => (
            <li key={category.id}>
              {sentenceWith(
                texts.namesInBoth,
                { text: category.sv, lang: writtenLang },
                { text: category.en, lang: 'en' },
              )}
            </li>
          ))}
        </ul>
      )}
      {canEdit &&
        draft.map((category, index) => (
          <fieldset
            key={index}
            className={styles.row}
            style={{ border: 'none', padding: 0, margin: 0, minWidth: 0 }}
            aria-label={category.sv || texts.addCategory}
          >
            <LimitedField
              value={category.sv}
              max={nameLimits.sv}
              label={texts.categoryName}
              hint={category.retired ? texts.retiredCategoryHint : undefined}
              validationMessage={
                fieldError(error, `categories.${index}.sv`, language) ??
                fieldError(error, `categories.${index}.id`, language)
              }
            >
              <Input value={category.sv} onChange={(_, d) => set(index, { sv: d.value })} />
            </LimitedField>
            <LimitedField
              value={category.en}
              max={nameLimits.en}
              label={texts.categoryNameEn}
              validationMessage={fieldError(error, `categories.${index}.en`, language)}
            >
              <Input lang="en" value={category.en} onChange={(_, d) => set(index, { en: d.value })} />
            </LimitedField>
            <IconButton
              icon={<DeleteRegular />}
              label={texts.removeCategory(category.sv)}
              onClick={() => {
                // A refusal names categories by their place: the ones after this would take its messages.
                if (saveError?.status === 400) setError(undefined);
                setDraft(draft.filter((_, i) => i !== index));
              }}
            />
          </fieldset>
        ))}
      {canEdit && (
        <div className={styles.row}>
          <AddRowButton
            count={draft.length}
            max={categoriesMax}
            what={texts.categoriesMany}
            issue={fieldError(error, 'categories', language)}
            onAdd={() => setDraft([...draft, { id: '', sv: '', en: '', isNew: true }])}
          >
            {texts.addCategory}
          </AddRowButton>
          <ActionButton appearance="primary" onAction={save}>
            {texts.saveCategories}
          </ActionButton>
        </div>
      )}
      {status && (
        <MessageBar intent="success">
          <MessageBarBody>{status}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
