import { Field, Select } from '@fluentui/react-components';
import { Input } from './text-fields.js';
import { useState } from 'react';
import { useDirectorySearch } from '../../api/resources/directory-search.js';
import { useTexts } from '../../i18n/language.js';
import { writtenLang } from '../../i18n/written.js';
import { useDebounced } from './use-debounced.js';

interface Props {
  label: string;
  /** The chosen person's object id, or null for nobody. */
  value: string | null;
  /** The chosen person's name, listed before anything is searched. */
  valueName: string | null;
  onChange: (objectId: string | null, name: string | null) => void;
  noneLabel: string;
  validationMessage?: string;
  /** The search field's label; by default the one for a department's head. */
  searchLabel?: string;
}

/**
 * Picks a person from the municipality's directory (Entra ID in Teams, the demo people locally): a search
 * field, then a plain list of who matched, the current choice and "nobody". The API stores the person when
 * the choice is saved.
 */
export function PeoplePicker(props: Props) {
  const texts = useTexts().settings;
  const [query, setQuery] = useState('');
  const typed = query.trim();
  // Wait until typing pauses, so the directory is asked once per word rather than once per key.
  const term = useDebounced(typed, 250);
  const search = useDirectorySearch(term.length >= 2 ? term : undefined);
  const searching = typed.length >= 2 && (typed !== term || search.isFetching);
  const state: 'idle' | 'searching' | 'failed' =
    typed.length < 2 ? 'idle' : searching ? 'searching' : search.isError ? 'failed' : 'idle';
  const matches = typed.length >= 2 ? (search.data?.people ?? []) : [];

  const hint =
    state === 'searching'
      ? texts.headSearching
      : state === 'failed'
        ? texts.headSearchFailed
        : query.trim().length >= 2 && matches.length === 0
          ? texts.headNoMatch
          : undefined;
  const others = matches.filter((person) => person.objectId !== props.value);

  return (
    <>
      <Field
        label={props.searchLabel ?? texts.headSearchLabel}
        hint={hint}
        validationState={state === 'failed' ? 'warning' : 'none'}
      >
        <Input
          type="search"
          value={query}
          placeholder={texts.headSearch}
          onChange={(_, data) => setQuery(data.value)}
        />
      </Field>
      <Field label={props.label} validationMessage={props.validationMessage}>
        <Select
          value={props.value ?? ''}
          onChange={(_, data) => {
            const picked = matches.find((person) => person.objectId === data.value);
            props.onChange(
              data.value === '' ? null : data.value,
              data.value === '' ? null : (picked?.displayName ?? props.valueName),
            );
          }}
        >
          <option value="">{props.noneLabel}</option>
          {props.value && (
            <option value={props.value} lang={writtenLang}>
              {props.valueName ?? props.value}
            </option>
          )}
          {others.map((person) => (
            <option key={person.objectId} value={person.objectId} lang={writtenLang}>
              {person.displayName}
              {person.jobTitle ? ` (${person.jobTitle})` : person.mail ? ` (${person.mail})` : ''}
            </option>
          ))}
        </Select>
      </Field>
    </>
  );
}
