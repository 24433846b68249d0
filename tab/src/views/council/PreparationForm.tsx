import { Body1, Button, Checkbox, Field, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import type { ApiError } from '../../api/client.js';
import { useLanguage, useTexts } from '../../i18n/language.js';
import { useChangeCouncil } from '../../api/resources/councils.js';
import { fieldError } from '../common/field-error.js';
import { ReadText } from '../common/ReadText.js';
import type { CouncilJson } from './council-types.js';
import { usePageStyles } from '../common/page-styles.js';

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
  const [notes, setNotes] = useState(council.preparation.notes);
  const [done, setDone] = useState(council.preparation.done);
  const save = async () => {
    try {
      await change.mutateAsync({
        method: 'PUT',
        path: `/api/councils/${council.year}/preparation`,
        body: { notes, done },
        etag: council.etag,
      });
    } catch (e) {
      onError(e as ApiError);
    }
  };
  return (
    <section className={styles.section} aria-label={texts.preparationHeading}>
      <h3>{texts.preparationHeading}</h3>
      {editable ? (
        <>
          <Field label={texts.preparationNotes} validationMessage={fieldError(error, 'notes', language)}>
            <Textarea value={notes} resize="vertical" rows={5} onChange={(_, d) => setNotes(d.value)} />
          </Field>
          <Checkbox label={texts.preparationDone} checked={done} onChange={(_, d) => setDone(d.checked === true)} />
          <div>
            <Button onClick={() => void save()}>{texts.save}</Button>
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
