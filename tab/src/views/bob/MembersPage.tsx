import { Body1, Checkbox, MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import { useState } from 'react';
import type { ApiError } from '../../api/client.js';
import { useBobMembers, useSaveBobMembers } from '../../api/resources/bob.js';
import { useTexts } from '../../i18n/language.js';
import { Written } from '../../i18n/written.js';
import { ErrorMessage } from '../common/ErrorMessage.js';
import { usePageStyles } from '../common/page-styles.js';
import { ActionButton } from '../common/ActionButton.js';

/** #/bob/medlemmar: who the group is; changed here in local mode, in Entra ID otherwise. */
export function MembersPage() {
  const texts = useTexts().bob;
  const styles = usePageStyles();
  const read = useBobMembers();
  const saveMembers = useSaveBobMembers();
  // Who the person has ticked, until saved; before that, who is in the group.
  const [ticked, setChosen] = useState<string[]>();
  const [actionError, setError] = useState<ApiError>();
  const [notice, setNotice] = useState('');
  const data = read.data;
  const error = actionError ?? read.error ?? undefined;
  if (!data) return error ? <ErrorMessage error={error} /> : <Spinner label={texts.loading} />;
  const chosen = ticked ?? data.members.map((m) => m.objectId);
  const save = async () => {
    try {
      await saveMembers.mutateAsync({ method: 'PUT', path: '/api/bob/members', body: { objectIds: chosen } });
      setChosen(undefined);
      setError(undefined);
      setNotice(texts.membersSaved);
    } catch (e) {
      setError(e as ApiError);
    }
  };
  const people = [...data.members, ...data.others];
  return (
    <div className={styles.page}>
      <h2>{texts.membersHeading}</h2>
      <Body1 as="p">{texts.membersIntro}</Body1>
      {data.managedInEntra ? (
        <>
          <Body1 as="p">{texts.managedInEntra}</Body1>
          <ul>
            {data.members.map((m) => (
              <li key={m.objectId}>{`${m.displayName}${m.title ? `, ${m.title}` : ''}`}</li>
            ))}
          </ul>
        </>
      ) : (
        <>
          <fieldset className={styles.checks}>
            <legend>{texts.membersLegend}</legend>
            {people.map((person) => (
              <Checkbox
                key={person.objectId}
                label={<Written>{`${person.displayName}${person.title ? `, ${person.title}` : ''}`}</Written>}
                checked={chosen.includes(person.objectId)}
                onChange={(_, d) =>
                  setChosen(d.checked ? [...chosen, person.objectId] : chosen.filter((id) => id !== person.objectId))
                }
              />
            ))}
          </fieldset>
          <ErrorMessage error={error} />
          {notice && !error && (
            <MessageBar intent="success">
              <MessageBarBody>{notice}</MessageBarBody>
            </MessageBar>
          )}
          <div>
            <ActionButton appearance="primary" onAction={save}>
              {texts.saveMembers}
            </ActionButton>
          </div>
        </>
      )}
    </div>
  );
}
