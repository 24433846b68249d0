import { Body1, Checkbox } from '@fluentui/react-components';
import { Textarea } from '../common/text-fields.js';
import type { ApiError } from '../../api/client.js';
import { useLanguage, useTexts } from '../../i18n/language.js';
import { useChangeCouncil } from '../../api/resources/councils.js';
import { fieldError } from '../common/field-error.js';
import { ReadText } from '../common/ReadText.js';
import type { CouncilJson } from './council-types.js';
import { usePageStyles } from '../common/page-styles.js';
import { useSessionDraft } from '../common/use-session-draft.js';
import { ActionButton } from '../common/ActionButton.js';
import { LimitedField } from '../common/LimitedField.js';
import { textLimits } from '../../../../api/domain/text-limits.js';

/** The municipality's and the police's joint preparation; "done" marks its milestone in the årshjul. */
export function PreparationForm({
  council,
  editable,
  onError,
  error,
}: {
  council: CouncilJson;
  editable: boolean;
  onError: (error: ApiError) => void;
  error: ApiError | undefined;
}) {
  const texts = useTexts().council;
  const language = useLanguage();
  const styles = usePageStyles();
  const change = useChangeCouncil(council.year);
  // The person's changes, kept over leaving the view; saved over the council as last read, as before.
  const [edits, setEdits] = useSessionDraft<{ year: number; notes: string; done: boolean }>(
    'trygghetshjulet:preparation-draft:v2',
  );
  const own = edits?.year === council.year && editable ? edits : undefined;
  const notes = own?.notes ?? council.preparation.notes;
  const done = own?.done ?? council.preparation.done;
  const edit = (patch: { notes?: string; done?: boolean }) => setEdits({ year: council.year, notes, done, ...patch });
  const save = async () => {
    try {
      await change.mutateAsync({
        method: 'PUT',
        path: `/api/councils/${council.year}/preparation`,
        body: { notes, done },
        etag: council.etag,
      });
      setEdits(undefined);
    } catch (e) {
      onError(e as ApiError);
    }
  };
  return (
    <section className={styles.section} aria-label={texts.preparationHeading}>
      <h3>{texts.preparationHeading}</h3>
      {editable ? (
        <>
          <LimitedField
            value={notes}
            max={textLimits.document}
            label={texts.preparationNotes}
            validationMessage={fieldError(error, 'notes', language)}
          >
            <Textarea value={notes} resize="vertical" rows={5} onChange={(_, d) => edit({ notes: d.value })} />
          </LimitedField>
          <Checkbox
            label={texts.preparationDone}
            checked={done}
            onChange={(_, d) => edit({ done: d.checked === true })}
          />
          <div>
            <ActionButton onAction={save}>{texts.save}</ActionButton>
          </div>
        </>
      ) : (
        <>
          <ReadText label={texts.preparationNotes} text={council.preparation.notes} level={4} />
          <Body1 as="p">{council.preparation.done ? texts.preparationIsDone : texts.preparationNotDone}</Body1>
        </>
      )}
    </section>
  );
}
