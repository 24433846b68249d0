import {
  Body1,
  Button,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Subtitle1,
} from '@fluentui/react-components';
import { ArrowDownloadRegular, DocumentAddRegular } from '@fluentui/react-icons';
import { type ReactNode, useState } from 'react';
import type { ApiError } from '../../api/client.js';
import { useCurrentCycle } from '../../api/resources/cycles.js';
import {
  departmentReportKeys,
  useInstallForHead,
  useReportOverview,
  useSaveReportsDocument,
} from '../../api/resources/department-reports.js';
import { useLanguage, useTexts } from '../../i18n/language.js';
import { withWritten, writtenLang } from '../../i18n/written.js';
import { useSession } from '../../session.js';
import { ErrorMessage } from '../common/ErrorMessage.js';
import { formatDate, formatDateTime } from '../common/format.js';
import { ReportForm } from './ReportForm.js';
import { ScrollRegion } from '../common/ScrollRegion.js';
import { RegistrationButton } from '../common/RegistrationButton.js';
import { ActionButton } from '../common/ActionButton.js';

/** The November reports: the säkerhetschef sees every department; a head writes the department's own. */
export function ReportsView() {
  const texts = useTexts();
  const language = useLanguage();
  const { api, me } = useSession();
  const cycle = useCurrentCycle();
  const read = useReportOverview(cycle.data?.year);
  const saveDocument = useSaveReportsDocument(cycle.data?.year ?? 0);
  const install = useInstallForHead(cycle.data?.year ?? 0);
  const [openId, setOpenId] = useState<string>();
  const [actionError, setError] = useState<ApiError>();
  const [notice, setNotice] = useState<ReactNode>('');
  const overview = read.data;
  const error = actionError ?? read.error ?? cycle.error ?? undefined;

  if (error) return <ErrorMessage error={error} />;
  if (!overview) return <Spinner label={texts.loading} />;
  // The document kept in the library, as the overview found it (a save reads it again). Fastställd, it gets no new version.
  const stored = overview.document ?? undefined;
  const faststalld = stored?.registration?.faststalld ?? null;

  const ownDepartment = me.can.submitDepartmentReport ? me.departmentId : null;
  const shownId =
    openId ??
    (me.roles.includes('SecurityChief') || me.roles.includes('Reader') ? undefined : (ownDepartment ?? undefined));
  if (shownId) {
    return (
      <>
        {openId && (
          <Button
            onClick={() => {
              setOpenId(undefined);
              void read.refetch();
            }}
          >
            {texts.reports.back}
          </Button>
        )}
        <ReportForm year={overview.year} departmentId={shownId} editable={shownId === ownDepartment} />
      </>
    );
  }

  return (
    <>
      <Body1 as="p" block>
        {texts.reports.intro(formatDate(overview.due, language))}
      </Body1>
      {me.roles.includes('SecurityChief') && (
        <Button
          icon={<ArrowDownloadRegular />}
          onClick={() =>
            void api
              .openFile(`/api/cycles/${overview.year}/reports.docx`, `forvaltningsrapporter-${overview.year}.docx`)
              .catch((e: ApiError) => setError(e))
          }
        >
          {texts.reports.exportWord}
        </Button>
      )}
      {me.roles.includes('SecurityChief') && !faststalld && (
        <ActionButton
          icon={<DocumentAddRegular />}
          onAction={() =>
            saveDocument
              .mutateAsync({ method: 'POST', path: `/api/cycles/${overview.year}/reports/document` })
              .then((document) => setNotice(texts.reports.savedInLibrary(document.version)))
              .catch((e: ApiError) => setError(e))
          }
        >
          {texts.reports.saveInLibrary}
        </ActionButton>
      )}
      <Body1 as="p" block role="status">
        {notice}
      </Body1>
      {faststalld && <Body1 as="p">{texts.documentFaststalld(formatDate(faststalld, language))}</Body1>}
      {stored && <RegistrationButton document={stored} touches={[departmentReportKeys.overview(overview.year)]} />}
      <Subtitle1 as="h2" block id="report-overview-heading">
        {texts.reports.overviewHeading}
      </Subtitle1>
      <ScrollRegion labelledBy="report-overview-heading">
        <Table aria-labelledby="report-overview-heading">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{texts.reports.department}</TableHeaderCell>
              <TableHeaderCell>{texts.reports.state}</TableHeaderCell>
              <TableHeaderCell>{texts.reports.submittedAt}</TableHeaderCell>
              <TableHeaderCell>{texts.reports.reachable}</TableHeaderCell>
              <TableHeaderCell>{texts.settings.manage}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {overview.departments.map((row) => (
              <TableRow key={row.departmentId}>
                <TableCell lang={writtenLang}>{row.name}</TableCell>
                <TableCell>{texts.reports.states[row.state]}</TableCell>
                <TableCell>{row.submittedAt ? formatDateTime(row.submittedAt, language) : '–'}</TableCell>
                <TableCell>
                  {row.reachable ? (
                    texts.reports.yes
                  ) : (
                    <>
                      {/* The reason says why (refused, waiting for Teams): the headline does not guess. */}
                      {row.unreachableReason ? texts.reports.unreachableBecause : texts.reports.unreachable}
                      {row.unreachableReason && (
                        <Body1 block>
                          {texts.reports.unreachableWhy(
                            row.unreachableReason,
                            row.waitingSince ? formatDateTime(row.waitingSince, language) : null,
                          )}
                        </Body1>
                      )}
                      {overview.canInstall && row.headId && (
                        <ActionButton
                          size="small"
                          aria-label={texts.reports.installFor(row.name)}
                          onAction={() =>
                            install
                              .mutateAsync({ method: 'POST', path: `/api/reach/${row.headId}/install` })
                              .then((answer) =>
                                setNotice(
                                  answer.reachable
                                    ? withWritten(texts.reports.installed, row.name)
                                    : withWritten(
                                        (name) => texts.reports.notInstalled(name, answer.reason ?? ''),
                                        row.name,
                                      ),
                                ),
                              )
                              .catch((e: ApiError) => setError(e))
                          }
                        >
                          {texts.reports.installNow}
                        </ActionButton>
                      )}
                    </>
                  )}
                </TableCell>
                <TableCell>
                  {(row.state === 'submitted' ||
                    me.roles.includes('SecurityChief') ||
                    row.departmentId === ownDepartment) && (
                    <Button
                      size="small"
                      aria-label={texts.reports.open(row.name)}
                      onClick={() => setOpenId(row.departmentId)}
                    >
                      {texts.reports.openShort}
                    </Button>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </ScrollRegion>
    </>
  );
}
