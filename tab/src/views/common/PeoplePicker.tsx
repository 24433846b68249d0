import { Combobox, Option, Text } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { DirectoryMatch } from '../../api/types.js';
import { useTexts } from '../../i18n/language.js';
import { useSession } from '../../session.js';

interface Props {
  /** The chosen person's object id, or null for nobody. */
  value: string | null;
  /** The chosen person's name, shown before anything is searched. */
  valueName: string | null;
  onChange: (objectId: string | null, name: string | null) => void;
  noneLabel: string;
  'aria-labelledby'?: string;
}

/**
 * Picks a person from the municipality's directory (Entra ID in Teams, the demo people locally) by typing
 * part of a name or e-mail; the API stores the person when the choice is saved.
 */
export function PeoplePicker(props: Props) {
  const texts = useTexts().settings;
  const { api } = useSession();
  const [query, setQuery] = useState(props.valueName ?? '');
  const [matches, setMatches] = useState<DirectoryMatch[]>([]);
  const [state, setState] = useState<'idle' | 'searching' | 'failed'>('idle');

  useEffect(() => {
    const term = query.trim();
    if (term.length < 2 || term === props.valueName) {
      setMatches([]);
      setState('idle');
      return;
    }
    setState('searching');
    // Wait until typing pauses, so the directory is asked once per word rather than once per key.
    const timer = setTimeout(() => {
      api
        .request<{ people: DirectoryMatch[] }>(`/api/directory/people?q=${encodeURIComponent(term)}`)
        .then((body) => {
          setMatches(body.people);
          setState('idle');
        })
        .catch(() => setState('failed'));
    }, 250);
    return () => clearTimeout(timer);
  }, [api, query, props.valueName]);

  return (
    <>
      <Combobox
        freeform
        aria-labelledby={props['aria-labelledby']}
        placeholder={texts.headSearch}
        value={query}
        selectedOptions={props.value ? [props.value] : ['']}
        onChange={(event) => setQuery(event.target.value)}
        onOptionSelect={(_, data) => {
          const picked = matches.find((m) => m.objectId === data.optionValue);
          setQuery(picked?.displayName ?? '');
          props.onChange(picked ? picked.objectId : null, picked?.displayName ?? null);
        }}
      >
        <Option value="" text={props.noneLabel}>
          {props.noneLabel}
        </Option>
        {matches.map((person) => (
          <Option key={person.objectId} value={person.objectId} text={person.displayName}>
            {person.displayName}
            {person.jobTitle || person.mail ? ` – ${[person.jobTitle, person.mail].filter(Boolean).join(', ')}` : ''}
          </Option>
        ))}
      </Combobox>
      <Text size={200} role="status">
        {state === 'searching' ? texts.headSearching : state === 'failed' ? texts.headSearchFailed : query.trim().length >= 2 && query !== props.valueName && matches.length === 0 ? texts.headNoMatch : ''}
      </Text>
    </>
  );
}
