import { Button, Checkbox, Field } from '@fluentui/react-components';
import { Input } from '../common/text-fields.js';
import { useState } from 'react';
import { useChangeCouncil } from '../../api/resources/councils.js';
import { useLanguage, useTexts } from '../../i18n/language.js';
import { Written } from '../../i18n/written.js';
import { ErrorMessage } from '../common/ErrorMessage.js';
import { fieldError } from '../common/field-error.js';
import type { ActorJson, CouncilJson } from './council-types.js';
import { usePageStyles } from '../common/page-styles.js';
import { DateInput } from '../common/DateInput.js';
import { useOneAtATime } from '../common/use-one-at-a-time.js';
import { LimitedField } from '../common/LimitedField.js';
import { lineLimit } from '../../../../api/domain/max-length.js';
import { councilSetupSchema } from '../../../../api/domain/council/council.js';

const placeLimit = lineLimit(councilSetupSchema.shape.place);

/** Plans the council (date, place, invited actors) or changes the plan; the date moves the årshjul. */
export function CouncilSetupForm({ council, actors }: { council: CouncilJson; actors: ActorJson[] }) {
  // One save at a time: a double click or a second Enter sends nothing more.
  const { busy, run } = useOneAtATime();
  const texts = useTexts().council;
  const language = useLanguage();
  const styles = usePageStyles();
  const change = useChangeCouncil(council.year);
  const [date, setDate] = useState(council.date ?? '');
  const [place, setPlace] = useState(council.place);
  const [invited, setInvited] = useState<string[]>(
    council.planned ? council.invitedActorIds : actors.filter((a) => a.councilParticipant).map((a) => a.id),
  );
  const error = change.error ?? undefined;

  // Planned, the plan changes with the ETag read; the saved council is read again through the change.
  const save = () =>
    change
      .mutateAsync({
        method: council.planned ? 'PUT' : 'POST',
        path: `/api/councils/${council.year}`,
        body: { date, place, invitedActorIds: invited },
        etag: council.planned ? council.etag : undefined,
      })
      .catch(() => undefined);
  const toggle = (id: string, on: boolean) =>
    setInvited((current) => (on ? [...current, id] : current.filter((x) => x !== id)));

  return (
    <form
      className={styles.section}
      aria-label={texts.planHeading(council.year)}
      // The service's message, in the person's language, beside the field; not the browser's bubble.
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        run(save);
      }}
    >
      <div className={styles.row}>
        <Field label={texts.date} required validationMessage={fieldError(error, 'date', language)}>
          <DateInput value={date} onChange={(_, d) => setDate(d.value)} />
        </Field>
        <LimitedField
          value={place}
          max={placeLimit}
          label={texts.place}
          validationMessage={fieldError(error, 'place', language)}
        >
          <Input value={place} onChange={(_, d) => setPlace(d.value)} />
        </LimitedField>
      </div>
      <fieldset className={styles.checks}>
        <legend>{texts.invited}</legend>
        {actors.map((actor) => (
          <Checkbox
            key={actor.id}
            label={<Written>{actor.name}</Written>}
            checked={invited.includes(actor.id)}
            onChange={(_, d) => toggle(actor.id, d.checked === true)}
          />
        ))}
      </fieldset>
      <ErrorMessage error={error} summary />
      <div>
        <Button appearance="primary" type="submit" disabledFocusable={busy}>
          {council.planned ? texts.saveSetup : texts.planCouncil}
        </Button>
      </div>
    </form>
  );
}
