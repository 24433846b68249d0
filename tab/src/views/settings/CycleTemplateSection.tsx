import {
  Button,
  Checkbox,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Subtitle1,
  tokens,
} from '@fluentui/react-components';
import { Input } from '../common/text-fields.js';
import { useState } from 'react';
import type { CycleTemplate } from '../../../../api/domain/cycle/index.js';
import type { ApiError } from '../../api/client.js';
import { useCycleTemplate, useSaveCycleTemplate } from '../../api/resources/cycle-template.js';
import { useLanguage, useTexts } from '../../i18n/language.js';
import { ErrorMessage } from '../common/ErrorMessage.js';
import { fieldError } from '../common/field-error.js';
import { HistoryButton } from '../common/HistoryButton.js';
import { MilestoneTemplateFields } from './MilestoneTemplateFields.js';
import { TemplateRead } from './TemplateRead.js';
import { useSectionStyles } from './section-styles.js';
import { useOneAtATime } from '../common/use-one-at-a-time.js';
import { WholeNumberInput } from '../common/WholeNumberInput.js';
import { LimitedField } from '../common/LimitedField.js';
import { lineLimit } from '../../../../api/domain/max-length.js';
import { municipalityNameSchema } from '../../../../api/domain/cycle/template-fields.js';

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap', alignItems: 'flex-end' },
  narrow: { width: '7rem' },
  heading: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

function parseOffsets(text: string): number[] | undefined {
  const parts = text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  return parts.every((part) => /^-?\d+$/.test(part)) ? parts.map(Number) : undefined;
}

const municipalityNameLimit = lineLimit(municipalityNameSchema);

/** The person's changes to the template, the reminders as typed, and the ETag of the version they started from. */
interface Edits {
  draft: CycleTemplate;
  offsetTexts: string[];
  etag: string;
}

/** The säkerhetschef's own year: when each milestone falls, who answers for it, and when reminders go out. */
export function CycleTemplateSection({ canEdit }: { canEdit: boolean }) {
  // One save at a time: a double click or a second Enter sends nothing more.
  const { busy, run } = useOneAtATime();
  const sectionStyles = useSectionStyles();
  const texts = useTexts();
  const language = useLanguage();
  const styles = useStyles();
  const read = useCycleTemplate();
  const saveTemplate = useSaveCycleTemplate();
  const [edits, setEdits] = useState<Edits>();
  const [saveError, setError] = useState<ApiError>();
  const [status, setStatus] = useState('');
  const error = saveError ?? read.error ?? undefined;

  if (!read.data) return <ErrorMessage error={error} />;
  const { id } = read.data;
  const { draft, offsetTexts, etag }: Edits = edits ?? {
    draft: read.data.template,
    offsetTexts: read.data.template.milestones.map((m) => m.reminderOffsetsDays.join(', ')),
    etag: read.data.etag,
  };
  const setDraft = (next: CycleTemplate) => setEdits({ draft: next, offsetTexts, etag });
  const offsetsValid = offsetTexts.map((text) => parseOffsets(text) !== undefined);
  const load = () => {
    setEdits(undefined);
    setError(undefined);
    void read.refetch();
  };

  const save = async () => {
    if (offsetsValid.includes(false)) return;
    const template = {
      ...draft,
      milestones: draft.milestones.map((m, i) => ({
        ...m,
        reminderOffsetsDays: parseOffsets(offsetTexts[i] ?? '') ?? [],
      })),
    };
    try {
      await saveTemplate.mutateAsync({ method: 'PUT', path: '/api/cycle-template', body: template, etag });
      setEdits(undefined);
      setError(undefined);
      setStatus(texts.template.saved);
    } catch (e) {
      setError(e as ApiError);
      setStatus('');
    }
  };

  const issue = (path: string) => fieldError(error, path, language);

  // The same heading, with the template's history, whether the template reads as a document or a form.
  const heading = (
    <div className={styles.heading}>
      <Subtitle1 as="h2" id="template-heading">
        {texts.template.heading}
      </Subtitle1>
      {id && <HistoryButton kind="template" id={id} what={texts.template.historyName} />}
    </div>
  );

  if (!canEdit)
    return (
      <section className={sectionStyles.section} aria-labelledby="template-heading">
        {heading}
        <p>{texts.template.readOnly}</p>
        <TemplateRead template={draft} />
      </section>
    );
  return (
    <section className={sectionStyles.section} aria-labelledby="template-heading">
      {heading}
      <p>{texts.template.intro}</p>
      <ErrorMessage error={error} summary />
      {error?.status === 412 && <Button onClick={load}>{texts.settings.reload}</Button>}
      <form
        noValidate
        className={sectionStyles.section}
        onSubmit={(event) => {
          event.preventDefault();
          run(save);
        }}
      >
        <div className={sectionStyles.section}>
          <div className={styles.row}>
            <LimitedField
              value={draft.municipality.name}
              max={municipalityNameLimit}
              label={texts.template.municipality}
              validationMessage={issue('municipality.name')}
            >
              <Input
                value={draft.municipality.name}
                onChange={(_, d) => setDraft({ ...draft, municipality: { ...draft.municipality, name: d.value } })}
              />
            </LimitedField>
            <Field label={texts.template.dueSoonDays} validationMessage={issue('dueSoonDays')}>
              <WholeNumberInput
                className={styles.narrow}
                value={draft.dueSoonDays}
                onNumber={(dueSoonDays) => setDraft({ ...draft, dueSoonDays })}
              />
            </Field>
          </div>
          <Checkbox
            checked={draft.previousWorkingDay}
            label={texts.template.previousWorkingDay}
            onChange={(_, d) => setDraft({ ...draft, previousWorkingDay: d.checked === true })}
          />
          {draft.milestones.map((milestone, index) => (
            <MilestoneTemplateFields
              key={milestone.kind}
              milestone={milestone}
              path={`milestones.${index}`}
              offsetText={offsetTexts[index] ?? ''}
              offsetsValid={offsetsValid[index] !== false}
              issue={issue}
              onChange={(changed) =>
                setDraft({ ...draft, milestones: draft.milestones.map((m, i) => (i === index ? changed : m)) })
              }
              onOffsetText={(text) =>
                setEdits({ draft, etag, offsetTexts: offsetTexts.map((t, i) => (i === index ? text : t)) })
              }
            />
          ))}
        </div>
        {canEdit && (
          <div>
            <Button type="submit" appearance="primary" disabledFocusable={busy}>
              {texts.template.save}
            </Button>
          </div>
        )}
      </form>
      {status && (
        <MessageBar intent="success">
          <MessageBarBody>{status}</MessageBarBody>
        </MessageBar>
      )}
      <div role="status" aria-live="polite" className="visually-hidden">
        {status}
      </div>
    </section>
  );
}
