import {
  Body1,
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle1,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { DepartmentReportContent } from '../../../../api/domain/department-report.js';
import type { ReportJson } from '../../../../api/contract/reports.js';
import type { ApiError } from '../../api/client.js';
import { useCurrentCycle } from '../../api/resources/cycles.js';
import { useDepartmentReport, useSaveDepartmentReport } from '../../api/resources/department-reports.js';
import { useLanguage, useTexts } from '../../i18n/language.js';
import { withWritten } from '../../i18n/written.js';
import { ErrorMessage } from '../common/ErrorMessage.js';
import { formatDate, formatDateTime } from '../common/format.js';
import { fieldError } from '../common/field-error.js';
import { HistoryButton } from '../common/HistoryButton.js';
import { ReportFields } from './ReportFields.js';
import { ReportRead } from './ReportRead.js';
import { useOneAtATime } from '../common/use-one-at-a-time.js';
import { useSessionDraft } from '../common/use-session-draft.js';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '56rem' },
  heading: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
});

type Draft = DepartmentReportContent;

function emptyDraft(report: ReportJson): Draft {
  return report.content ?? { situation: '', observations: [], actions: [], proposals: [] };
}

function newSubmissionId(): string {
  return `tab-${crypto.randomUUID()}`;
}

/** The same report as the bot's card, for those who prefer the tab; read-only for anyone but the department's head. */
export function ReportForm({
  year,
  departmentId,
  editable,
}: {
  year: number;
  departmentId: string;
  editable: boolean;
}) {
  // One save at a time: a double click or a second Enter sends nothing more.
  const { busy, run } = useOneAtATime();
  const texts = useTexts();
  const language = useLanguage();
  const styles = useStyles();
  const read = useDepartmentReport(year, departmentId);
  // The service's today, not the browser's: the same day the säkerhetschef's overview calls the report late.
  const today = useCurrentCycle().data?.today;
  const saveReport = useSaveDepartmentReport(year, departmentId);
  // The head's changes, with the ETag of the report they started from: a save over someone else's is refused.
  // Kept over leaving the view, so a half-written report is there when the head comes back.
  const [edits, setEdits] = useSessionDraft<{ content: Draft; etag: string | null }>(
    `trygghetshjulet:report-draft:v1:${year}:${departmentId}`,
  );
  const [saveError, setError] = useState<ApiError>();
  const [status, setStatus] = useState('');
  const report = read.data;
  const error = saveError ?? read.error ?? undefined;

  if (!report) return error ? <ErrorMessage error={error} /> : <Spinner label={texts.loading} />;

  const canEdit = editable && report.canChange;
  // A draft kept from before counts only while the report may still be changed; otherwise the report shows.
  const kept = canEdit ? edits : undefined;
  const draft = kept?.content ?? emptyDraft(report);
  const etag = kept ? kept.etag : report.etag;
  const setDraft = (content: Draft) => {
    // A removed row moves the rows after it up, and a refusal names rows by their place: it would stand beside
    // the wrong ones, so it goes (the next save says again what is still wrong). A conflict's reload offer stays.
    const removed =
      content.observations.length < draft.observations.length || content.proposals.length < draft.proposals.length;
    if (removed && saveError?.status === 400) setError(undefined);
    setEdits({ content, etag });
  };
  const issue = (field: string) => fieldError(error, field, language);

  const save = async (submit: boolean) => {
    try {
      const saved = await saveReport.mutateAsync({
        method: 'PUT',
        path: `/api/cycles/${year}/reports/${departmentId}`,
        body: { content: draft, submit, ...(submit ? { submissionId: newSubmissionId() } : {}) },
        etag,
      });
      setEdits(undefined);
      setError(undefined);
      setStatus(
        submit
          ? texts.reports.receipt(formatDateTime(saved.submittedAt!, language), saved.submittedBy ?? '')
          : texts.reports.draftSaved,
      );
    } catch (e) {
      setError(e as ApiError);
      setStatus(submit ? texts.reports.notSubmitted : texts.reports.draftNotSaved);
    }
  };

  return (
    <form
      className={styles.form}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        run(() => save(true));
      }}
    >
      <div className={styles.heading}>
        <Subtitle1 as="h2">{withWritten(texts.reports.myReport, report.department.name)}</Subtitle1>
        {report.id && (
          <HistoryButton kind="report" id={report.id} what={texts.reports.reportName(report.department.name)} />
        )}
      </div>
      <Body1 as="p" block>
        {texts.reports.intro(formatDate(report.due, language))}
      </Body1>
      {/* After a refused change the earlier receipt would read as if this one went in; the summary speaks instead. */}
      {report.status === 'submitted' && report.submittedAt && !error && (
        <MessageBar intent="success">
          <MessageBarBody>
            {report.canChange
              ? texts.reports.receipt(formatDateTime(report.submittedAt, language), report.submittedBy ?? '')
              : texts.reports.locked}
          </MessageBarBody>
        </MessageBar>
      )}
      {canEdit && report.status !== 'submitted' && today !== undefined && today > report.due && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{texts.reports.late(formatDate(report.due, language))}</MessageBarBody>
        </MessageBar>
      )}
      {!editable && report.status === 'notStarted' && <Body1>{texts.reports.notStartedYet}</Body1>}
      {!canEdit && report.content && <ReportRead report={report} content={report.content} />}
      {/* A refused submit: the summary at the top takes focus; each field's problem also stands beside it. */}
      <ErrorMessage error={error} summary />
      {/* Someone saved the report after these edits began: the way on is the saved version, read afresh. */}
      {canEdit && (error?.status === 412 || error?.status === 428) && (
        <div>
          <Button
            onClick={() => {
              setEdits(undefined);
              setError(undefined);
              void read.refetch();
            }}
          >
            {texts.reports.reloadSaved}
          </Button>
        </div>
      )}

      {canEdit && <ReportFields report={report} draft={draft} setDraft={setDraft} issue={issue} />}
      {canEdit && (
        <div className={styles.buttons}>
          <Button appearance="primary" type="submit" disabledFocusable={busy}>
            {texts.reports.submit}
          </Button>
          <Button disabledFocusable={busy} onClick={() => run(() => save(false))}>
            {texts.reports.saveDraft}
          </Button>
        </div>
      )}
      <div role="status" aria-live="polite">
        {status}
      </div>
    </form>
  );
}
