import {
  Body1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useCallback } from 'react';
import { useCurrentCycle } from '../../api/resources/cycles.js';
import { useCouncilReport, useSaveCoordination } from '../../api/resources/council-reports.js';
import { useTexts } from '../../i18n/language.js';
import { useSubRoute } from '../../navigation/use-route.js';
import { useSession } from '../../session.js';
import { AutosavedText } from '../common/AutosavedText.js';
import { DocumentActions } from '../common/DocumentActions.js';
import { ErrorMessage } from '../common/ErrorMessage.js';
import { YearSelect } from '../common/YearSelect.js';
import { servedYearOf } from '../../../../api/domain/served-years.js';
import { textLimits } from '../../../../api/domain/text-limits.js';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '64rem' },
});
const theirsOf = (current: unknown) => {
  const item = current as { coordination: string; etag: string };
  return { value: item.coordination, etag: item.etag };
};

/** #/rapport-kf/<year>: the April report to kommunfullmäktige, gathered from the year and one click from a Word document. */
export function CouncilReportView() {
  const texts = useTexts().councilReport;
  const planTitles = useTexts().actionPlan.statusTitles;
  const styles = useStyles();
  const { me } = useSession();
  const [path, go] = useSubRoute();
  const current = useCurrentCycle();
  const currentYear = current.data?.year;
  const year = servedYearOf(path[0]) ?? currentYear;
  const { data: report, error: reportError, refetch } = useCouncilReport(year);
  const error = reportError ?? current.error ?? undefined;
  const saveCoordination = useSaveCoordination(year ?? 0);
  const editable = me.roles.includes('SecurityChief');
  const save = useCallback(
    async (coordination: string, etag: string) =>
      (
        await saveCoordination.mutateAsync({
          method: 'PUT',
          path: `/api/council-reports/${year}/coordination`,
          body: { coordination },
          etag,
        })
      ).etag,
    [saveCoordination.mutateAsync, year],
  );

  if (year === undefined || currentYear === undefined || !report || report.year !== year)
    return error ? <ErrorMessage error={error} /> : <Spinner label={texts.loading} />;
  const { material } = report;
  const annualWritten = material.annual?.sections.filter((s) => s.text.trim() !== '').length ?? 0;
  return (
    <div className={styles.page}>
      <h2>{texts.heading(year)}</h2>
      <YearSelect label={texts.year} year={year} currentYear={currentYear} onChange={(next) => go(next)} />
      <Body1 as="p">{texts.intro(year)}</Body1>
      <ErrorMessage error={error} />
      {report.missing.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{texts.missingHeading}</MessageBarTitle>
            <ul>
              {report.missing.map((m) => (
                <li key={m}>{texts.missing[m]}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      <section aria-label={texts.gathered}>
        <h3>{texts.gathered}</h3>
        <ul>
          <li>{texts.annual(annualWritten, material.annual?.sections.length ?? 0)}</li>
          <li>
            {material.plan
              ? texts.plan(planTitles[material.plan.status], material.plan.counts.done, material.plan.actions.length)
              : texts.noPlan}
          </li>
          <li>{texts.reports(material.departmentReports.submitted, material.departmentReports.departments)}</li>
          <li>
            {material.council
              ? texts.council(material.council.decisions.length, material.council.commitments.length)
              : texts.noCouncil}
          </li>
          <li>{texts.agreements(material.agreements.length)}</li>
        </ul>
      </section>
      <AutosavedText
        key={year}
        label={texts.coordination}
        text={material.coordination}
        max={textLimits.document}
        etag={report.etag}
        editable={editable}
        field="coordination"
        rows={8}
        save={save}
        theirsOf={theirsOf}
      />
      <DocumentActions
        path={`/api/council-reports/${year}/document`}
        fileName={`rapport-kommunfullmaktige-${year}.docx`}
        document={report.document}
        canSave={editable}
        texts={{ save: texts.createDocument, saved: texts.created, download: texts.download }}
        onSaved={() => void refetch()}
      />
    </div>
  );
}
