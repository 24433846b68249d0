import { Checkbox, Field, Select } from '@fluentui/react-components';
import { Input, Textarea } from '../../common/text-fields.js';
import { useState } from 'react';
import { entrySourceSchema, situationEntrySchema } from '../../../../../api/domain/situation/entry.js';
import { lineLimit } from '../../../../../api/domain/max-length.js';
import type { EntryInput } from '../../../../../api/domain/situation/entry-query.js';
import { useEntryChange } from '../../../api/resources/situation-entries.js';
import { useLanguage, useTexts } from '../../../i18n/language.js';
import { writtenLang } from '../../../i18n/written.js';
import { useSession } from '../../../session.js';
import { fieldError } from '../../common/field-error.js';
import type { EntryCategory, EntryJson } from './entry-types.js';
import { FormDialog } from '../../common/FormDialog.js';
import { DateInput } from '../../common/DateInput.js';
import { PlaceInput } from '../../common/PlaceInput.js';
import { LimitedField } from '../../common/LimitedField.js';
import { textLimits } from '../../../../../api/domain/text-limits.js';

interface Props {
  open: boolean;
  entry?: EntryJson;
  today: string;
  categories: EntryCategory[];
  departments: { id: string; name: string }[];
  actors: { id: string; name: string }[];
  onClose: (saved: boolean) => void;
}

/** The limits the service refuses at, for the counts beside the fields. */
const entryLimits = {
  area: lineLimit(situationEntrySchema.shape.area),
  sourceName: lineLimit(situationEntrySchema.shape.sourceName),
};

/** One entry: where, when, what kind, from whom. The server refuses a personal identity number and says why. */
export function EntryDialog({ open, entry, today, categories, departments, actors, onClose }: Props) {
  const texts = useTexts().situation;
  const language = useLanguage();
  const { me } = useSession();
  const change = useEntryChange();
  const chief = me.roles.includes('SecurityChief');
  const [draft, setDraft] = useState<EntryInput>(() => ({
    date: entry?.date ?? today,
    area: entry?.area ?? '',
    category: entry?.category ?? categories[0]?.id ?? '',
    categoryText: entry?.categoryText ?? '',
    source:
      entry?.source ??
      (chief ? 'est' : me.can.writeActorEntries && !me.can.submitDepartmentReport ? 'actor' : 'department'),
    sourceName: entry?.sourceName ?? (chief ? 'EST' : ''),
    departmentId: entry?.departmentId ?? null,
    actorId: entry?.actorId ?? null,
    description: entry?.description ?? '',
    newPhenomenon: entry?.newPhenomenon ?? false,
    bob: entry?.bob ?? false,
    count: entry?.count ?? 1,
  }));
  // The refusal of the last save, with the fields it names.
  const error = change.error ?? undefined;
  const issue = (field: string) => fieldError(error, field, language);

  // A refused save leaves the dialog open with the refusal; a saved one closes it.
  const save = () =>
    change
      .mutateAsync({
        method: entry ? 'PUT' : 'POST',
        path: entry ? `/api/situation/entries/${entry.id}` : '/api/situation/entries',
        body: draft,
        etag: entry?.etag,
      })
      .then(
        () => onClose(true),
        () => undefined,
      );

  return (
    <FormDialog
      open={open}
      title={entry ? texts.editEntry : texts.newEntry}
      error={error}
      saveLabel={texts.save}
      cancelLabel={texts.cancel}
      onSave={save}
      onClose={() => onClose(false)}
    >
      <Field label={texts.date} required validationMessage={issue('date')}>
        <DateInput max={today} value={draft.date} onChange={(_, d) => setDraft({ ...draft, date: d.value })} />
      </Field>
      <LimitedField
        value={draft.area}
        max={entryLimits.area}
        label={texts.area}
        required
        validationMessage={issue('area')}
      >
        <PlaceInput value={draft.area} onChange={(_, d) => setDraft({ ...draft, area: d.value })} />
      </LimitedField>
      <Field
        label={texts.category}
        required
        validationMessage={issue('category')}
        hint={draft.categoryText ? texts.reportedAs(draft.categoryText) : undefined}
      >
        <Select value={draft.category} onChange={(_, d) => setDraft({ ...draft, category: d.value })}>
          {/* A category kept only for BOB entries is a choice only for one. */}
          {categories
            .filter((category) => !category.retired || draft.bob || category.id === draft.category)
            .map((category) => (
              <option key={category.id} value={category.id}>
                {language === 'sv' || !category.en ? category.sv : category.en}
              </option>
            ))}
        </Select>
      </Field>
      {chief && (
        <Field label={texts.source} validationMessage={issue('source')}>
          <Select
            value={draft.source}
            onChange={(_, d) =>
              setDraft({ ...draft, source: entrySourceSchema.parse(d.value), sourceName: '', departmentId: null })
            }
          >
            {entrySourceSchema.options.map((source) => (
              <option key={source} value={source}>
                {texts.sourceTitles[source]}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {chief && draft.source === 'department' && (
        <Field label={texts.department} validationMessage={issue('departmentId')}>
          <Select
            value={draft.departmentId ?? ''}
            onChange={(_, d) => setDraft({ ...draft, departmentId: d.value || null })}
          >
            <option value="">{texts.chooseDepartment}</option>
            {departments.map((d) => (
              <option key={d.id} value={d.id} lang={writtenLang}>
                {d.name}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {chief && draft.source === 'actor' && (
        <Field label={texts.actor} validationMessage={issue('actorId')}>
          <Select value={draft.actorId ?? ''} onChange={(_, d) => setDraft({ ...draft, actorId: d.value || null })}>
            <option value="">{texts.chooseActor}</option>
            {actors.map((a) => (
              <option key={a.id} value={a.id} lang={writtenLang}>
                {a.name}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {chief && ['est', 'police', 'other'].includes(draft.source) && (
        <LimitedField
          value={draft.sourceName}
          max={entryLimits.sourceName}
          label={texts.sourceName}
          validationMessage={issue('sourceName')}
        >
          <Input value={draft.sourceName} onChange={(_, d) => setDraft({ ...draft, sourceName: d.value })} />
        </LimitedField>
      )}
      <LimitedField
        value={draft.description}
        max={textLimits.description}
        label={texts.description}
        validationMessage={issue('description')}
      >
        <Textarea
          resize="vertical"
          value={draft.description}
          onChange={(_, d) => setDraft({ ...draft, description: d.value })}
        />
      </LimitedField>
      <Checkbox
        label={texts.newPhenomenon}
        checked={draft.newPhenomenon}
        onChange={(_, d) => setDraft({ ...draft, newPhenomenon: d.checked === true })}
      />
      {me.can.seeBob && (
        <Checkbox
          label={texts.bob}
          checked={draft.bob}
          onChange={(_, d) => setDraft({ ...draft, bob: d.checked === true })}
        />
      )}
    </FormDialog>
  );
}
