import { Checkbox, Field, Select } from '@fluentui/react-components';
import { Input, Textarea } from '../common/text-fields.js';
import { useState } from 'react';
import { type PlanActionInput, planActionInputSchema } from '../../../../api/domain/action.js';
import type { Part1, PartNumber } from '../../../../api/domain/action-plan/parts.js';
import { useActionChange } from '../../api/resources/action-plans.js';
import { useLanguage, useTexts } from '../../i18n/language.js';
import { withWritten, writtenLang } from '../../i18n/written.js';
import { fieldError } from '../common/field-error.js';
import { usePartStyles } from './part-styles.js';
import type { ActionJson, Named } from './plan-types.js';
import { FormDialog } from '../common/FormDialog.js';
import { DateInput } from '../common/DateInput.js';
import { LimitedField } from '../common/LimitedField.js';
import { textLimits } from '../../../../api/domain/text-limits.js';
import { lineLimit } from '../../../../api/domain/max-length.js';

interface Props {
  /** Closed through this, never by unmounting, so that Fluent gives the page back to assistive technology. */
  open: boolean;
  year: number;
  part: PartNumber;
  /** The action to change, or none to add one. */
  action?: ActionJson;
  part1: Part1;
  departments: Named[];
  actors: Named[];
  onClose: (saved: boolean) => void;
}

type Draft = Omit<PlanActionInput, 'part'> & { part: number };

const draftOf = (part: PartNumber, action?: ActionJson): Draft => ({
  title: action?.title ?? '',
  description: action?.description ?? '',
  part: action?.part ?? part,
  departmentId: action?.departmentId ?? null,
  actorId: action?.actorId ?? null,
  problemIds: action?.problemIds ?? [],
  factorIds: action?.factorIds ?? [],
  start: action?.start ?? null,
  end: action?.end ?? null,
  indicator: action?.indicator ?? '',
  target: action?.target ?? '',
});

/** The limits the service refuses at, for the counts beside the fields. */
const actionLimits = {
  title: lineLimit(planActionInputSchema.shape.title),
  indicator: lineLimit(planActionInputSchema.shape.indicator),
  target: lineLimit(planActionInputSchema.shape.target),
};

/** Adds or changes one action: what, who answers for it, what it addresses, and how it is followed up. */
export function ActionDialog({ open, year, part, action, part1, departments, actors, onClose }: Props) {
  const texts = useTexts().actionPlan;
  const language = useLanguage();
  const styles = usePartStyles();
  const change = useActionChange(year);
  const [draft, setDraft] = useState(() => draftOf(part, action));
  // The refusal of the last save, with the fields it names.
  const error = change.error ?? undefined;
  const issue = (field: string) => fieldError(error, field, language);
  const responsible = draft.departmentId
    ? `department:${draft.departmentId}`
    : draft.actorId
      ? `actor:${draft.actorId}`
      : '';
  const toggle = (key: 'problemIds' | 'factorIds', id: string, on: boolean) =>
    setDraft({ ...draft, [key]: on ? [...draft[key], id] : draft[key].filter((x) => x !== id) });

  // A refused save leaves the dialog open with the refusal; a saved one closes it.
  const save = () =>
    change
      .mutateAsync({
        method: action ? 'PUT' : 'POST',
        path: action ? `/api/action-plans/${year}/actions/${action.id}` : `/api/action-plans/${year}/actions`,
        body: draft,
        etag: action?.etag,
      })
      .then(
        () => onClose(true),
        () => undefined,
      );

  return (
    <FormDialog
      open={open}
      title={action ? withWritten(texts.editAction, action.title) : texts.addAction}
      error={error}
      saveLabel={texts.save}
      cancelLabel={texts.cancel}
      onSave={save}
      onClose={() => onClose(false)}
    >
      <LimitedField
        value={draft.title}
        max={actionLimits.title}
        label={texts.actionTitle}
        required
        validationMessage={issue('title')}
      >
        <Input value={draft.title} onChange={(_, d) => setDraft({ ...draft, title: d.value })} />
      </LimitedField>
      <LimitedField
        value={draft.description}
        max={textLimits.description}
        label={texts.actionDescription}
        validationMessage={issue('description')}
      >
        <Textarea
          resize="vertical"
          value={draft.description}
          onChange={(_, d) => setDraft({ ...draft, description: d.value })}
        />
      </LimitedField>
      <div className={styles.inline}>
        <Field label={texts.actionPart} validationMessage={issue('part')}>
          <Select value={String(draft.part)} onChange={(_, d) => setDraft({ ...draft, part: Number(d.value) })}>
            {[1, 2, 3, 4].map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </Select>
        </Field>
        <Field
          label={texts.responsible}
          className={styles.grow}
          validationMessage={issue('departmentId') ?? issue('actorId')}
        >
          <Select
            value={responsible}
            onChange={(_, d) => {
              const [kind, id] = d.value.split(':');
              setDraft({
                ...draft,
                departmentId: kind === 'department' ? id! : null,
                actorId: kind === 'actor' ? id! : null,
              });
            }}
          >
            <option value="">{texts.chooseResponsible}</option>
            <optgroup label={texts.departmentsGroup}>
              {departments.map((d) => (
                <option key={d.id} value={`department:${d.id}`} lang={writtenLang}>
                  {d.name}
                </option>
              ))}
            </optgroup>
            <optgroup label={texts.actorsGroup}>
              {actors.map((a) => (
                <option key={a.id} value={`actor:${a.id}`} lang={writtenLang}>
                  {a.name}
                </option>
              ))}
            </optgroup>
          </Select>
        </Field>
      </div>
      {part1.problems.length > 0 && (
        <fieldset className={styles.inline} style={{ border: 'none', padding: 0, margin: 0 }}>
          <legend>{texts.linkedProblems}</legend>
          {part1.problems.map((problem) => (
            <Checkbox
              key={problem.id}
              label={problem.title}
              checked={draft.problemIds.includes(problem.id)}
              onChange={(_, d) => toggle('problemIds', problem.id, d.checked === true)}
            />
          ))}
        </fieldset>
      )}
      {part1.factors.length > 0 && (
        <fieldset className={styles.inline} style={{ border: 'none', padding: 0, margin: 0 }}>
          <legend>{texts.linkedFactors}</legend>
          {part1.factors.map((factor) => (
            <Checkbox
              key={factor.id}
              label={factor.title}
              checked={draft.factorIds.includes(factor.id)}
              onChange={(_, d) => toggle('factorIds', factor.id, d.checked === true)}
            />
          ))}
        </fieldset>
      )}
      <div className={styles.inline}>
        <Field label={texts.start} validationMessage={issue('start')}>
          <DateInput value={draft.start ?? ''} onChange={(_, d) => setDraft({ ...draft, start: d.value || null })} />
        </Field>
        <Field label={texts.end} validationMessage={issue('end')}>
          <DateInput value={draft.end ?? ''} onChange={(_, d) => setDraft({ ...draft, end: d.value || null })} />
        </Field>
      </div>
      <LimitedField
        value={draft.indicator}
        max={actionLimits.indicator}
        label={texts.indicator}
        validationMessage={issue('indicator')}
      >
        <Input value={draft.indicator} onChange={(_, d) => setDraft({ ...draft, indicator: d.value })} />
      </LimitedField>
      <LimitedField
        value={draft.target}
        max={actionLimits.target}
        label={texts.target}
        validationMessage={issue('target')}
      >
        <Input value={draft.target} onChange={(_, d) => setDraft({ ...draft, target: d.value })} />
      </LimitedField>
    </FormDialog>
  );
}
