import { Field, Select } from '@fluentui/react-components';
import { Input, Textarea } from '../common/text-fields.js';
import { useState } from 'react';
import { type AgreementInput, agreementInputSchema } from '../../../../api/domain/agreement.js';
import { lineLimit } from '../../../../api/domain/max-length.js';
import { useChangeAgreement } from '../../api/resources/agreements.js';
import { useLanguage, useTexts } from '../../i18n/language.js';
import { withWritten } from '../../i18n/written.js';
import { FormDialog } from '../common/FormDialog.js';
import { fieldError } from '../common/field-error.js';
import type { ActorJson, AgreementJson } from './council-types.js';
import { DateInput } from '../common/DateInput.js';
import { LimitedField } from '../common/LimitedField.js';
import { textLimits } from '../../../../api/domain/text-limits.js';

const draftOf = (agreement?: AgreementJson): AgreementInput => ({
  actorId: agreement?.actorId ?? '',
  title: agreement?.title ?? '',
  signedOn: agreement?.signedOn ?? '',
  validUntil: agreement?.validUntil ?? null,
  note: agreement?.note ?? '',
});

/** The limits the service refuses at, for the counts beside the fields. */
const titleLimit = lineLimit(agreementInputSchema.shape.title);

/** Records or changes one written cooperation agreement: with whom, what, signed and valid until. */
export function AgreementDialog({
  open,
  agreement,
  actors,
  today,
  onClose,
}: {
  open: boolean;
  agreement?: AgreementJson;
  actors: ActorJson[];
  /** The service's day, the last a signing may be dated; unknown while it loads. */
  today?: string;
  onClose: (saved: boolean) => void;
}) {
  const texts = useTexts().council;
  const language = useLanguage();
  const change = useChangeAgreement();
  const [draft, setDraft] = useState(() => draftOf(agreement));
  const error = change.error ?? undefined;
  const issue = (field: string) => fieldError(error, field, language);
  const save = () =>
    change
      .mutateAsync(
        agreement
          ? { method: 'PUT', path: `/api/agreements/${agreement.id}`, body: draft, etag: agreement.etag }
          : { method: 'POST', path: '/api/agreements', body: draft },
      )
      .then(
        () => onClose(true),
        () => undefined,
      );
  return (
    <FormDialog
      open={open}
      title={agreement ? withWritten(texts.editAgreement, agreement.title) : texts.addAgreement}
      error={error}
      saveLabel={texts.save}
      cancelLabel={texts.cancel}
      onSave={save}
      onClose={() => onClose(false)}
    >
      <Field label={texts.actor} required validationMessage={issue('actorId')}>
        <Select value={draft.actorId} onChange={(_, d) => setDraft({ ...draft, actorId: d.value })}>
          <option value="">{texts.chooseActor}</option>
          {actors.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </Select>
      </Field>
      <LimitedField
        value={draft.title}
        max={titleLimit}
        label={texts.title}
        required
        validationMessage={issue('title')}
      >
        <Input value={draft.title} onChange={(_, d) => setDraft({ ...draft, title: d.value })} />
      </LimitedField>
      <Field label={texts.signedOn} required validationMessage={issue('signedOn')}>
        <DateInput max={today} value={draft.signedOn} onChange={(_, d) => setDraft({ ...draft, signedOn: d.value })} />
      </Field>
      <Field label={texts.validUntil} hint={texts.validUntilHint} validationMessage={issue('validUntil')}>
        <DateInput
          value={draft.validUntil ?? ''}
          onChange={(_, d) => setDraft({ ...draft, validUntil: d.value || null })}
        />
      </Field>
      <LimitedField value={draft.note} max={textLimits.comment} label={texts.note} validationMessage={issue('note')}>
        <Textarea resize="vertical" value={draft.note} onChange={(_, d) => setDraft({ ...draft, note: d.value })} />
      </LimitedField>
    </FormDialog>
  );
}
