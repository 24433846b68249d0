import { Field, Select } from '@fluentui/react-components';
import { Textarea } from '../common/text-fields.js';
import { useState } from 'react';
import {
  commitmentOutcomeSchema,
  type CommitmentResultInput,
} from '../../../../api/domain/council/commitment-result.js';
import { useReportCommitmentResult } from '../../api/resources/commitment-results.js';
import { useLanguage, useTexts } from '../../i18n/language.js';
import { withWritten } from '../../i18n/written.js';
import { FormDialog } from '../common/FormDialog.js';
import { fieldError } from '../common/field-error.js';
import type { CommitmentWithResultJson } from './council-types.js';
import { LimitedField } from '../common/LimitedField.js';
import { textLimits } from '../../../../api/domain/text-limits.js';

/** Reports what became of one commitment: the outcome and a sentence or two. */
export function CommitmentResultDialog({
  open,
  year,
  commitment,
  onClose,
}: {
  open: boolean;
  year: number;
  commitment: CommitmentWithResultJson;
  onClose: (saved: boolean) => void;
}) {
  const texts = useTexts().council;
  const language = useLanguage();
  const report = useReportCommitmentResult(year);
  const [draft, setDraft] = useState<CommitmentResultInput>({
    outcome: commitment.result?.outcome ?? 'done',
    text: commitment.result?.text ?? '',
  });
  const error = report.error ?? undefined;
  const save = () =>
    report
      .mutateAsync({
        method: 'PUT',
        path: `/api/councils/${year}/commitments/${encodeURIComponent(commitment.id)}/result`,
        body: draft,
      })
      .then(
        () => onClose(true),
        () => undefined,
      );
  return (
    <FormDialog
      open={open}
      title={withWritten(texts.reportResultFor, commitment.what)}
      error={error}
      saveLabel={texts.save}
      cancelLabel={texts.cancel}
      onSave={save}
      onClose={() => onClose(false)}
    >
      <Field label={texts.outcome} required validationMessage={fieldError(error, 'outcome', language)}>
        <Select
          value={draft.outcome}
          onChange={(_, d) => setDraft({ ...draft, outcome: commitmentOutcomeSchema.parse(d.value) })}
        >
          {commitmentOutcomeSchema.options.map((outcome) => (
            <option key={outcome} value={outcome}>
              {texts.outcomes[outcome]}
            </option>
          ))}
        </Select>
      </Field>
      <LimitedField
        value={draft.text}
        max={textLimits.note}
        label={texts.resultText}
        hint={texts.resultTextHint}
        validationMessage={fieldError(error, 'text', language)}
      >
        <Textarea resize="vertical" value={draft.text} onChange={(_, d) => setDraft({ ...draft, text: d.value })} />
      </LimitedField>
    </FormDialog>
  );
}
