import { Button, Checkbox, Field, Input, makeStyles, MessageBar, MessageBarBody, Select, Subtitle1, Subtitle2, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import type { CycleTemplate, MilestoneTemplate, Timing } from '../../../../api/domain/cycle/index.js';
import { milestoneTexts } from '../../../../api/domain/cycle/milestone-kinds.js';
import { ApiError } from '../../api/client.js';
import { pick, useLanguage, useTexts } from '../../i18n/language.js';
import { useSession } from '../../session.js';
import { ErrorMessage } from '../common/ErrorMessage.js';
import { fieldError } from '../common/field-error.js';
import { HistoryButton } from '../common/HistoryButton.js';
import { TemplateRead } from './TemplateRead.js';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, marginBottom: tokens.spacingVerticalXXL },
  row: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap', alignItems: 'flex-end' },
  milestone: { border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, padding: tokens.spacingHorizontalM, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  narrow: { width: '7rem' },
  heading: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

function parseOffsets(text: string): number[] | undefined {
  const parts = text.split(',').map((part) => part.trim()).filter(Boolean);
  return parts.every((part) => /^-?\d+$/.test(part)) ? parts.map(Number) : undefined;
}

/** The säkerhetschef's own year: when each milestone falls, who answers for it, and when reminders go out. */
export function CycleTemplateSection({ canEdit }: { canEdit: boolean }) {
  const texts = useTexts();
  const language = useLanguage();
  const styles = useStyles();
  const { api } = useSession();
  const [draft, setDraft] = useState<CycleTemplate>();
  const [etag, setEtag] = useState('');
  const [id, setId] = useState('');
  const [offsetTexts, setOffsetTexts] = useState<string[]>([]);
  const [error, setError] = useState<ApiError>();
  const [status, setStatus] = useState('');

  const load = useCallback(() => {
    void api.request<{ template: CycleTemplate; id: string; etag: string }>('/api/cycle-template').then((body) => {
      setDraft(body.template);
      setId(body.id);
      setEtag(body.etag);
      setOffsetTexts(body.template.milestones.map((m) => m.reminderOffsetsDays.join(', ')));
    }, (e: ApiError) => setError(e));
  }, [api]);
  useEffect(load, [load]);

  if (!draft) return <ErrorMessage error={error} />;

  const setMilestone = (index: number, milestone: MilestoneTemplate) => setDraft({ ...draft, milestones: draft.milestones.map((m, i) => (i === index ? milestone : m)) });
  const setTiming = (index: number, timing: Timing) => setMilestone(index, { ...draft.milestones[index]!, timing });
  const offsetsValid = offsetTexts.map((text) => parseOffsets(text) !== undefined);

  const save = async () => {
    if (offsetsValid.includes(false)) return;
    const template = { ...draft, milestones: draft.milestones.map((m, i) => ({ ...m, reminderOffsetsDays: parseOffsets(offsetTexts[i] ?? '') ?? [] })) };
    try {
      const saved = await api.request<{ template: CycleTemplate; etag: string }>('/api/cycle-template', { method: 'PUT', body: template, ifMatch: etag });
      setDraft(saved.template);
      setEtag(saved.etag);
      setError(undefined);
      setStatus(texts.template.saved);
    } catch (e) {
      setError(e instanceof ApiError ? e : undefined);
      setStatus('');
    }
  };

  const titleOf = (kind: MilestoneTemplate['kind']) => pick(language, milestoneTexts[kind].title);
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
      <section className={styles.section} aria-labelledby="template-heading">
        {heading}
        <p>{texts.template.readOnly}</p>
        <TemplateRead template={draft} />
      </section>
    );
  return (
    <section className={styles.section} aria-labelledby="template-heading">
      {heading}
      <p>{texts.template.intro}</p>
      <ErrorMessage error={error} summary />
      {error?.status === 412 && <Button onClick={load}>{texts.settings.reload}</Button>}
      <form noValidate className={styles.section} onSubmit={(event) => { event.preventDefault(); void save(); }}>
        <div className={styles.section}>
          <div className={styles.row}>
            <Field label={texts.template.municipality} validationMessage={issue('municipality.name')}>
              <Input value={draft.municipality.name} onChange={(_, d) => setDraft({ ...draft, municipality: { ...draft.municipality, name: d.value } })} />
            </Field>
            <Field label={texts.template.dueSoonDays} validationMessage={issue('dueSoonDays')}>
              <Input className={styles.narrow} type="number" value={String(draft.dueSoonDays)} onChange={(_, d) => setDraft({ ...draft, dueSoonDays: Number(d.value) })} />
            </Field>
          </div>
          <Checkbox checked={draft.previousWorkingDay} label={texts.template.previousWorkingDay} onChange={(_, d) => setDraft({ ...draft, previousWorkingDay: d.checked === true })} />
          {draft.milestones.map((milestone, index) => {
            const timing = milestone.timing;
            const path = `milestones.${index}`;
            return (
              <fieldset key={milestone.kind} className={styles.milestone}>
                <legend>
                  <Subtitle2>{titleOf(milestone.kind)}</Subtitle2>
                </legend>
                <div className={styles.row}>
                  {timing.type === 'dayOfMonth' && (
                    <>
                      <Field label={texts.template.month} validationMessage={issue(`${path}.timing.month`)}>
                        <Select value={String(timing.month)} onChange={(_, d) => setTiming(index, { ...timing, month: Number(d.value) })}>
                          {texts.cycle.months.map((month, m) => (
                            <option key={month} value={m + 1}>
                              {month}
                            </option>
                          ))}
                        </Select>
                      </Field>
                      <Field label={texts.template.day} validationMessage={issue(`${path}.timing.day`)}>
                        <Input className={styles.narrow} type="number" disabled={timing.day === 'last'} value={timing.day === 'last' ? '' : String(timing.day)} onChange={(_, d) => setTiming(index, { ...timing, day: Number(d.value) })} />
                      </Field>
                      <Checkbox checked={timing.day === 'last'} label={texts.template.lastDay} onChange={(_, d) => setTiming(index, { ...timing, day: d.checked === true ? 'last' : 28 })} />
                      <Field label={texts.template.yearOffset}>
                        <Select value={String(timing.yearOffset)} onChange={(_, d) => setTiming(index, { ...timing, yearOffset: d.value === '1' ? 1 : 0 })}>
                          <option value="0">{texts.template.sameYear}</option>
                          <option value="1">{texts.template.nextYear}</option>
                        </Select>
                      </Field>
                    </>
                  )}
                  {timing.type === 'afterQuarter' && (
                    <Field label={texts.template.daysAfterQuarter} validationMessage={issue(`${path}.timing.daysAfterQuarterEnd`)}>
                      <Input className={styles.narrow} type="number" value={String(timing.daysAfterQuarterEnd)} onChange={(_, d) => setTiming(index, { ...timing, daysAfterQuarterEnd: Number(d.value) })} />
                    </Field>
                  )}
                  {timing.type === 'beforeMilestone' && (
                    <Field label={texts.template.weeksBefore(titleOf(timing.kind))} validationMessage={issue(`${path}.timing.weeks`) ?? issue(`${path}.timing`)}>
                      <Input className={styles.narrow} type="number" value={String(timing.weeks)} onChange={(_, d) => setTiming(index, { ...timing, weeks: Number(d.value) })} />
                    </Field>
                  )}
                  <Field label={texts.template.responsible} validationMessage={issue(`${path}.responsible.sv`)}>
                    <Input value={pick(language, milestone.responsible)} onChange={(_, d) => setMilestone(index, { ...milestone, responsible: { ...milestone.responsible, [language]: d.value } })} />
                  </Field>
                  <Field label={texts.template.reminders} hint={texts.template.remindersHelp} validationMessage={offsetsValid[index] === false ? texts.template.badReminders : issue(`${path}.reminderOffsetsDays`)}>
                    <Input value={offsetTexts[index] ?? ''} onChange={(_, d) => setOffsetTexts(offsetTexts.map((t, i) => (i === index ? d.value : t)))} />
                  </Field>
                </div>
              </fieldset>
            );
          })}
        </div>
        {canEdit && (
          <div>
            <Button type="submit" appearance="primary">
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
