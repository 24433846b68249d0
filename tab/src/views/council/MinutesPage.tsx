import { Body1, Checkbox, Spinner } from '@fluentui/react-components';
import { Input, Textarea } from '../common/text-fields.js';
import { DeleteRegular, SaveRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { ApiError } from '../../api/client.js';
import { useChangeCouncil, useCouncil } from '../../api/resources/councils.js';
import { useDepartments } from '../../api/resources/organisation.js';
import { useLanguage, useTexts } from '../../i18n/language.js';
import { Written, writtenLang } from '../../i18n/written.js';
import { fieldError } from '../common/field-error.js';
import { AddRowButton } from '../common/AddRowButton.js';
import { DocumentActions } from '../common/DocumentActions.js';
import { ErrorMessage } from '../common/ErrorMessage.js';
import { SaveOutcome } from './SaveOutcome.js';
import { YearSelect } from '../common/YearSelect.js';
import { CommitmentsEditor } from './CommitmentsEditor.js';
import { CommitmentsList } from './CommitmentsList.js';
import { newRowId, type Minutes } from './council-types.js';
import { minutesRowLimits } from '../../../../api/domain/council/minutes.js';
import { usePageStyles } from '../common/page-styles.js';
import { useCouncilYear } from './use-council-year.js';
import { IconButton } from '../common/IconButton.js';
import { useSessionDraft } from '../common/use-session-draft.js';
import { ActionButton } from '../common/ActionButton.js';
import { LimitedField } from '../common/LimitedField.js';
import { textLimits } from '../../../../api/domain/text-limits.js';

const emptyMinutes: Minutes = { attendingActorIds: [], decisions: [], commitments: [], notes: '' };

/** #/strategiskt-rad/protokoll/<year>: decisions and commitments (who, what, by when), last year's beside them. */
export function MinutesPage({ path }: { path: string[] }) {
  const texts = useTexts().council;
  const language = useLanguage();
  const styles = usePageStyles();
  const {
    year,
    currentYear,
    actors,
    council,
    error: councilError,
    setError,
    reload,
    chooseYear,
    editable,
  } = useCouncilYear('protokoll', path);
  const departmentList = useDepartments();
  const lastYearRead = useCouncil(year === undefined ? undefined : year - 1);
  const change = useChangeCouncil(year ?? 0);
  const departments = departmentList.data?.departments ?? [];
  const lastYear = lastYearRead.data;
  const error = councilError ?? departmentList.error ?? lastYearRead.error ?? undefined;
  // The person's changes, kept over leaving the view; saved over the council as last read, as before.
  const [edits, setEdits] = useSessionDraft<{ year: number; minutes: Minutes }>('trygghetshjulet:minutes-draft:v2');
  const [notice, setNotice] = useState('');

  if (year === undefined || currentYear === undefined || !council)
    return error ? <ErrorMessage error={error} /> : <Spinner label={texts.loading} />;
  const own = edits?.year === year && editable ? edits : undefined;
  const minutes = own?.minutes ?? council.minutes ?? emptyMinutes;
  const save = async () => {
    try {
      await change.mutateAsync({
        method: 'PUT',
        path: `/api/councils/${year}/minutes`,
        body: minutes,
        etag: council.etag,
      });
      setEdits(undefined);
      setError(undefined);
      setNotice(texts.saved);
    } catch (e) {
      setError(e as ApiError);
    }
  };
  const set = (patch: Partial<Minutes>) => {
    // A refusal names rows by their place: once a row above goes, it would stand beside the wrong one.
    const removed =
      (patch.decisions?.length ?? Infinity) < minutes.decisions.length ||
      (patch.commitments?.length ?? Infinity) < minutes.commitments.length;
    if (removed && error?.status === 400) setError(undefined);
    setEdits({ year, minutes: { ...minutes, ...patch } });
  };
  const invited = actors.filter((a) => council.invitedActorIds.includes(a.id));

  return (
    <div className={styles.page}>
      <div className={styles.row}>
        <YearSelect label={texts.year} year={year} currentYear={currentYear} ahead={1} onChange={chooseYear} />
      </div>
      <h2>{texts.minutesHeading(year)}</h2>
      {!council.planned && <Body1 as="p">{editable ? texts.notPlanned(year) : texts.notPlannedReader(year)}</Body1>}
      <SaveOutcome error={error} notice={notice} onReload={() => void reload()} />
      {council.planned && editable && (
        <>
          <fieldset className={styles.checks}>
            <legend>{texts.attending}</legend>
            {invited.map((actor) => (
              <Checkbox
                key={actor.id}
                label={<Written>{actor.name}</Written>}
                checked={minutes.attendingActorIds.includes(actor.id)}
                onChange={(_, d) =>
                  set({
                    attendingActorIds: d.checked
                      ? [...minutes.attendingActorIds, actor.id]
                      : minutes.attendingActorIds.filter((id) => id !== actor.id),
                  })
                }
              />
            ))}
          </fieldset>
          <section className={styles.section} aria-label={texts.decisions}>
            <h3>{texts.decisions}</h3>
            {minutes.decisions.map((decision, index) => (
              <div key={decision.id} className={styles.row}>
                <LimitedField
                  value={decision.text}
                  max={textLimits.comment}
                  label={texts.decision(index + 1)}
                  style={{ flexGrow: 1 }}
                  validationMessage={fieldError(error, `decisions.${index}.text`, language)}
                >
                  <Input
                    value={decision.text}
                    onChange={(_, d) =>
                      set({ decisions: minutes.decisions.map((x, i) => (i === index ? { ...x, text: d.value } : x)) })
                    }
                  />
                </LimitedField>
                <IconButton
                  icon={<DeleteRegular />}
                  label={texts.removeDecision(index + 1)}
                  onClick={() => set({ decisions: minutes.decisions.filter((_, i) => i !== index) })}
                />
              </div>
            ))}
            <AddRowButton
              count={minutes.decisions.length}
              max={minutesRowLimits.decisions}
              what={texts.decisionsMany}
              issue={fieldError(error, 'decisions', language)}
              onAdd={() => set({ decisions: [...minutes.decisions, { id: newRowId(), text: '' }] })}
            >
              {texts.addDecision}
            </AddRowButton>
          </section>
          <section className={styles.section} aria-label={texts.commitments}>
            <h3>{texts.commitments}</h3>
            <CommitmentsEditor
              commitments={minutes.commitments}
              actors={actors}
              departments={departments}
              onChange={(commitments) => set({ commitments })}
              issue={(field) => fieldError(error, `commitments.${field}`, language)}
              listIssue={fieldError(error, 'commitments', language)}
              councilDate={council.date ?? undefined}
            />
          </section>
          <LimitedField
            value={minutes.notes}
            max={textLimits.document}
            label={texts.minutesNotes}
            validationMessage={fieldError(error, 'notes', language)}
          >
            <Textarea value={minutes.notes} rows={4} resize="vertical" onChange={(_, d) => set({ notes: d.value })} />
          </LimitedField>
          <div>
            <ActionButton appearance="primary" icon={<SaveRegular />} onAction={save}>
              {texts.saveMinutes}
            </ActionButton>
          </div>
        </>
      )}
      {council.planned && !editable && council.minutes && (
        <>
          <h3>{texts.decisions}</h3>
          <ul>
            {council.minutes.decisions.map((d) => (
              <li key={d.id} lang={writtenLang}>
                {d.text}
              </li>
            ))}
          </ul>
          <h3>{texts.commitments}</h3>
          <CommitmentsList
            caption={texts.commitmentsCaption}
            commitments={council.minutes.commitments}
            actors={actors}
            departments={departments}
          />
        </>
      )}
      {council.planned && (
        <DocumentActions
          path={`/api/councils/${year}/documents/minutes`}
          fileName={`protokoll-strategiskt-rad-${year}.docx`}
          document={council.documents.minutes}
          canSave={editable && council.minutes !== null}
          texts={{ save: texts.saveWord, saved: texts.wordSaved, download: texts.downloadWord }}
          onSaved={reload}
        />
      )}
      <section className={styles.section} aria-label={texts.lastYearHeading(year - 1)}>
        <h3>{texts.lastYearHeading(year - 1)}</h3>
        {lastYear?.minutes && lastYear.minutes.commitments.length > 0 ? (
          <CommitmentsList
            caption={texts.lastYearHeading(year - 1)}
            commitments={lastYear.minutes.commitments}
            actors={actors}
            departments={departments}
          />
        ) : (
          <Body1 as="p">{texts.lastYearNone(year - 1)}</Body1>
        )}
      </section>
    </div>
  );
}
