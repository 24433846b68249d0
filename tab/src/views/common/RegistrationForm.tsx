import { Body1, Field } from '@fluentui/react-components';
import { Input } from './text-fields.js';
import type { QueryKey } from '@tanstack/react-query';
import { useState } from 'react';
import type { ApiError } from '../../api/client.js';
import { useCurrentCycle } from '../../api/resources/cycles.js';
import { type RegistrationBody, registrationPath, useRegisterDocument } from '../../api/resources/records.js';
import { useLanguage, useTexts } from '../../i18n/language.js';
import { withWritten } from '../../i18n/written.js';
import { fieldError } from './field-error.js';
import { FormDialog } from './FormDialog.js';
import { RecordsClassFields } from './RecordsClassFields.js';
import type { StoredDocument } from './RegistrationButton.js';
import { DateInput } from './DateInput.js';
import { LimitedField } from './LimitedField.js';
import { lineLimit } from '../../../../api/domain/max-length.js';
import { registrationSchema } from '../../../../api/domain/records/records.js';

const diarienummerLimit = lineLimit(registrationSchema.shape.diarienummer);

type Draft = { [K in keyof RegistrationBody]: string } & { bevarande: 'bevaras' | 'gallras' };

const draftOf = (registration: RegistrationBody): Draft => ({
  diarienummer: registration.diarienummer ?? '',
  handlingstyp: registration.handlingstyp,
  sekretess: registration.sekretess ?? '',
  bevarande: registration.bevarande,
  gallringsfrist: registration.gallringsfrist ?? '',
  faststalld: registration.faststalld ?? '',
});

/** The säkerhetschef's registration of one document: every field of it, saved whole. */
export function RegistrationForm(props: {
  document: StoredDocument;
  registration: RegistrationBody;
  what: string;
  touches: readonly QueryKey[];
  open: boolean;
  onClose: () => void;
  onRegistered: (() => void | Promise<void>) | undefined;
}) {
  const texts = useTexts().records;
  const language = useLanguage();
  const today = useCurrentCycle().data?.today;
  const [draft, setDraft] = useState(() => draftOf(props.registration));
  const [error, setError] = useState<ApiError>();
  const register = useRegisterDocument(props.touches);
  const set = (field: keyof Draft) => (_: unknown, data: { value: string }) =>
    setDraft({ ...draft, [field]: data.value });
  const close = () => {
    setDraft(draftOf(props.registration));
    setError(undefined);
    props.onClose();
  };
  const save = async () => {
    try {
      const body = {
        ...draft,
        diarienummer: draft.diarienummer || null,
        sekretess: draft.sekretess || null,
        gallringsfrist: draft.gallringsfrist || null,
        faststalld: draft.faststalld || null,
      };
      await register.mutateAsync({ method: 'PUT', path: registrationPath(props.document), body });
      setError(undefined);
      props.onClose();
      await props.onRegistered?.();
    } catch (e) {
      setError(e as ApiError);
    }
  };
  const field = (name: keyof Draft) => {
    const message = fieldError(error, name, language);
    return message ? { validationMessage: message } : {};
  };
  return (
    <FormDialog
      open={props.open}
      title={withWritten(texts.title, props.what)}
      error={error}
      saveLabel={texts.save}
      cancelLabel={texts.cancel}
      onSave={save}
      onClose={close}
    >
      <Body1 as="p">{texts.intro}</Body1>
      <LimitedField
        value={draft.diarienummer}
        max={diarienummerLimit}
        label={texts.diarienummer}
        hint={texts.diarienummerHint}
        {...field('diarienummer')}
      >
        <Input value={draft.diarienummer} onChange={set('diarienummer')} />
      </LimitedField>
      <RecordsClassFields
        value={draft}
        onChange={(change) => setDraft({ ...draft, ...change })}
        message={(name) => fieldError(error, name, language)}
        hints
      />
      <Field label={texts.faststalld} hint={texts.faststalldHint} {...field('faststalld')}>
        {/* A document is adopted on a day that has come: the date picker offers none later. */}
        <DateInput max={today} value={draft.faststalld} onChange={set('faststalld')} />
      </Field>
    </FormDialog>
  );
}
