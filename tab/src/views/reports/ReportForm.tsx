import {
  Body1,
  Button,
  Checkbox,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Subtitle1,
  Subtitle2,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { AddRegular, DeleteRegular } from '@fluentui/react-icons';
import { useCallback, useEffect, useState } from 'react';
import { actionProgressSchema, categoryChoiceOf, otherCategoryChoice, type ActionProgress, type DepartmentReportContent } from '../../../../api/domain/department-report.js';
import { ApiError } from '../../api/client.js';
import { useLanguage, useTexts } from '../../i18n/language.js';
import { useSession } from '../../session.js';
import { ErrorMessage } from '../common/ErrorMessage.js';
import { formatDate, formatDateTime } from '../common/format.js';
import { fieldError } from '../common/field-error.js';
import type { ReportJson } from './report-types.js';
import { HistoryButton } from '../common/HistoryButton.js';
import { ReportRead } from './ReportRead.js';
import { IconButton } from '../common/IconButton.js';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '56rem' },
  heading: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  group: { border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, padding: tokens.spacingHorizontalM, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap', alignItems: 'flex-end' },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
});

type Draft = DepartmentReportContent;
type Observation = Draft['observations'][number];

function emptyDraft(report: ReportJson): Draft {
  return report.content ?? { situation: '', observations: [], actions: [], proposals: [] };
}

function newSubmissionId(): string {
  return `tab-${crypto.randomUUID()}`;
}

/** The same report as the bot's card, for those who prefer the tab; read-only for anyone but the department's head. */
export function ReportForm({ year, departmentId, editable }: { year: number; departmentId: string; editable: boolean }) {
  const texts = useTexts();
  const language = useLanguage();
  const styles = useStyles();
  const { api } = useSession();
  const [report, setReport] = useState<ReportJson>();
  const [draft, setDraft] = useState<Draft>();
  const [error, setError] = useState<ApiError>();
  const [status, setStatus] = useState('');

  const load = useCallback(() => {
    api.request<ReportJson>(`/api/cycles/${year}/reports/${departmentId}`).then(
      (loaded) => {
        setReport(loaded);
        setDraft(emptyDraft(loaded));
      },
      (e: ApiError) => setError(e),
    );
  }, [api, year, departmentId]);
  useEffect(load, [load]);

  if (!report || !draft) return error ? <ErrorMessage error={error} /> : <Spinner label={texts.loading} />;

  const canEdit = editable && report.canChange;
  const issue = (field: string) => fieldError(error, field, language);
  const progressOf = (actionId: string) => draft.actions.find((a) => a.actionId === actionId);
  const setProgress = (actionId: string, change: Partial<{ progress: ActionProgress; comment: string }>) => {
    const existing = progressOf(actionId);
    const next = { actionId, progress: existing?.progress ?? 'notStarted', comment: existing?.comment ?? '', ...change };
    setDraft({ ...draft, actions: [...draft.actions.filter((a) => a.actionId !== actionId), next] });
  };
  const choiceOf = (observation: Observation) => categoryChoiceOf(observation, report.categories.map((c) => c.id));
  const setObservation = (index: number, change: Partial<Observation>) =>
    setDraft({ ...draft, observations: draft.observations.map((o, i) => (i === index ? { ...o, ...change } : o)) });

  const save = async (submit: boolean) => {
    try {
      const saved = await api.request<ReportJson>(`/api/cycles/${year}/reports/${departmentId}`, {
        method: 'PUT',
        body: { content: draft, submit, ...(submit ? { submissionId: newSubmissionId() } : {}) },
        ...(report.etag ? { ifMatch: report.etag } : {}),
      });
      setReport(saved);
      setDraft(emptyDraft(saved));
      setError(undefined);
      setStatus(submit ? texts.reports.receipt(formatDateTime(saved.submittedAt!, language), saved.submittedBy ?? '') : texts.reports.draftSaved);
    } catch (e) {
      setError(e instanceof ApiError ? e : undefined);
      setStatus(submit ? texts.reports.notSubmitted : texts.reports.draftNotSaved);
    }
  };

  return (
    <form className={styles.form} noValidate onSubmit={(event) => { event.preventDefault(); void save(true); }}>
      <div className={styles.heading}>
        <Subtitle1 as="h2">{texts.reports.myReport(report.department.name)}</Subtitle1>
        {report.id && <HistoryButton kind="report" id={report.id} what={texts.reports.reportName(report.department.name)} />}
      </div>
      <Body1 as="p" block>
        {texts.reports.intro(formatDate(report.due, language))}
      </Body1>
      {/* After a refused change the earlier receipt would read as if this one went in; the summary speaks instead. */}
      {report.status === 'submitted' && report.submittedAt && !error && (
        <MessageBar intent="success">
          <MessageBarBody>{report.canChange ? texts.reports.receipt(formatDateTime(report.submittedAt, language), report.submittedBy ?? '') : texts.reports.locked}</MessageBarBody>
        </MessageBar>
      )}
      {!editable && report.status === 'notStarted' && <Body1>{texts.reports.notStartedYet}</Body1>}
      {!canEdit && report.content && <ReportRead report={report} content={report.content} />}
      {/* A refused submit: the summary at the top takes focus; each field's problem also stands beside it. */}
      <ErrorMessage error={error} summary />

      {canEdit && (
        <div className={styles.form}>
          <Field label={texts.reports.situation} hint={texts.reports.situationHelp} required validationMessage={issue('content.situation')}>
            <Textarea rows={6} resize="vertical" value={draft.situation} onChange={(_, d) => setDraft({ ...draft, situation: d.value })} />
          </Field>

          <fieldset className={styles.group} style={{ margin: 0, minWidth: 0 }} aria-labelledby="observations-heading">
            <Subtitle2 as="h3" block id="observations-heading">
              {texts.reports.observations}
            </Subtitle2>
            {draft.observations.map((observation, index) => (
              <div key={index} className={styles.row}>
                <Field label={texts.reports.area} validationMessage={issue(`content.observations.${index}.area`)}>
                  <Input value={observation.area} onChange={(_, d) => setObservation(index, { area: d.value })} />
                </Field>
                <Field label={texts.reports.category} validationMessage={issue(`content.observations.${index}.category`)}>
                  <Select value={choiceOf(observation).category} onChange={(_, d) => setObservation(index, { category: d.value, categoryOther: d.value === otherCategoryChoice ? observation.categoryOther : '' })}>
                    <option value="">{texts.reports.chooseCategory}</option>
                    {report.categories.map((category) => (
                      <option key={category.id} value={category.id}>
                        {language === 'en' ? category.en : category.sv}
                      </option>
                    ))}
                    <option value={otherCategoryChoice}>{texts.reports.otherCategory}</option>
                  </Select>
                </Field>
                {choiceOf(observation).category === otherCategoryChoice && (
                  <Field label={texts.reports.otherCategoryText} required validationMessage={issue(`content.observations.${index}.categoryOther`)}>
                    <Input value={choiceOf(observation).categoryOther} maxLength={60} onChange={(_, d) => setObservation(index, { category: otherCategoryChoice, categoryOther: d.value })} />
                  </Field>
                )}
                <Field label={texts.reports.description}>
                  <Input value={observation.description} onChange={(_, d) => setObservation(index, { description: d.value })} />
                </Field>
                <Checkbox checked={observation.newPhenomenon} label={texts.reports.newPhenomenon} onChange={(_, d) => setObservation(index, { newPhenomenon: d.checked === true })} />
                <IconButton icon={<DeleteRegular />} label={texts.reports.removeObservation(index + 1)} onClick={() => setDraft({ ...draft, observations: draft.observations.filter((_, i) => i !== index) })} />
              </div>
            ))}
            <div>
              <Button icon={<AddRegular />} onClick={() => setDraft({ ...draft, observations: [...draft.observations, { area: '', category: '', categoryOther: '', description: '', newPhenomenon: false }] })}>
                {texts.reports.addObservation}
              </Button>
            </div>
          </fieldset>

          <fieldset className={styles.group} style={{ margin: 0, minWidth: 0 }} aria-labelledby="actions-heading">
            <Subtitle2 as="h3" block id="actions-heading">
              {texts.reports.actions}
            </Subtitle2>
            {report.actions.length === 0 && <Body1>{texts.reports.noActions}</Body1>}
            {report.actions.map((action) => (
              <fieldset key={action.id} className={styles.row} style={{ border: 'none', padding: 0, margin: 0, minWidth: 0 }} aria-label={action.title}>
                <Body1 style={{ flexBasis: '100%' }}>{action.title}</Body1>
                <Field label={texts.reports.progress} validationMessage={issue(`actions.${action.id}`)}>
                  <Select value={progressOf(action.id)?.progress ?? ''} onChange={(_, d) => setProgress(action.id, { progress: actionProgressSchema.parse(d.value) })}>
                    <option value="" disabled>
                      {texts.reports.chooseProgress}
                    </option>
                    {actionProgressSchema.options.map((progress) => (
                      <option key={progress} value={progress}>
                        {texts.reports.progressTitles[progress]}
                      </option>
                    ))}
                  </Select>
                </Field>
                <Field label={texts.reports.comment}>
                  <Input value={progressOf(action.id)?.comment ?? ''} onChange={(_, d) => setProgress(action.id, { comment: d.value })} />
                </Field>
              </fieldset>
            ))}
          </fieldset>

          <fieldset className={styles.group} style={{ margin: 0, minWidth: 0 }} aria-labelledby="proposals-heading">
            <Subtitle2 as="h3" block id="proposals-heading">
              {texts.reports.proposals}
            </Subtitle2>
            {draft.proposals.map((proposal, index) => (
              <div key={index} className={styles.row}>
                <Field label={texts.reports.proposal(index + 1)} validationMessage={issue(`content.proposals.${index}`)} style={{ flexGrow: 1 }}>
                  <Input value={proposal} onChange={(_, d) => setDraft({ ...draft, proposals: draft.proposals.map((p, i) => (i === index ? d.value : p)) })} />
                </Field>
                <IconButton icon={<DeleteRegular />} label={texts.reports.removeProposal(index + 1)} onClick={() => setDraft({ ...draft, proposals: draft.proposals.filter((_, i) => i !== index) })} />
              </div>
            ))}
            <div>
              <Button icon={<AddRegular />} onClick={() => setDraft({ ...draft, proposals: [...draft.proposals, ''] })}>
                {texts.reports.addProposal}
              </Button>
            </div>
          </fieldset>
        </div>
      )}
      {canEdit && (
        <div className={styles.buttons}>
          <Button appearance="primary" type="submit">
            {texts.reports.submit}
          </Button>
          <Button onClick={() => void save(false)}>{texts.reports.saveDraft}</Button>
        </div>
      )}
      <div role="status" aria-live="polite">
        {status}
      </div>
    </form>
  );
}
