import {
  Body1,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  tokens,
} from '@fluentui/react-components';
import { DocumentAddRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { ApiError } from '../../../api/client.js';
import { useCurrentCycle } from '../../../api/resources/cycles.js';
import { useCategories } from '../../../api/resources/situation-categories.js';
import { useCompilation, useSaveCompilationDocument } from '../../../api/resources/situation-compilations.js';
import { useLanguage, useTexts } from '../../../i18n/language.js';
import { useSubRoute } from '../../../navigation/use-route.js';
import { useSession } from '../../../session.js';
import { ErrorMessage } from '../../common/ErrorMessage.js';
import { categoryNamer } from '../category-name.js';
import { CompilationReport } from './CompilationReport.js';
import { servedYearOf } from '../../../../../api/domain/served-years.js';
import { type Quarter, quarterPeriod } from '../../../../../api/domain/situation/quarters.js';
import { ActionButton } from '../../common/ActionButton.js';
import { YearSelect } from '../../common/YearSelect.js';
import { formatDate } from '../../common/format.js';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '64rem' },
  row: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap', alignItems: 'flex-end' },
});

/** A quarter of the lägesbild: charts with their tables, the most affected places, new phenomena, the document. */
export function QuarterlyPage({ path }: { path: string[] }) {
  const allTexts = useTexts();
  const texts = allTexts.situation;
  const language = useLanguage();
  const styles = useStyles();
  const { me } = useSession();
  const [, go] = useSubRoute();
  const current = useCurrentCycle();
  const categories = useCategories();
  const today = current.data?.today;
  const currentYear = today ? Number(today.slice(0, 4)) : undefined;
  const year = servedYearOf(path[0]) ?? currentYear;
  const quarter = /^[1-4]$/.test(path[1] ?? '')
    ? Number(path[1])
    : today
      ? Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1
      : undefined;
  const { data: compilation, error: compilationError } = useCompilation(year, quarter);
  const saveCompilationDocument = useSaveCompilationDocument(year ?? 0, quarter ?? 0);
  const [writeError, setWriteError] = useState<ApiError>();
  const [notice, setNotice] = useState('');
  const show = (...next: (string | number)[]) => {
    setWriteError(undefined);
    go('kvartal', ...next);
  };
  const error = writeError ?? compilationError ?? current.error ?? categories.error ?? undefined;

  if (year === undefined || quarter === undefined || currentYear === undefined || !categories.data)
    return error ? <ErrorMessage error={error} /> : <Spinner label={texts.quarterPage} />;
  const categoryName = categoryNamer(categories.data.categories, language);
  // Registered as fastställd, the compilation is the adopted record: the service makes no new version of it.
  const faststalld = compilation?.document?.registration?.faststalld ?? null;
  const saveDocument = async () => {
    try {
      const saved = await saveCompilationDocument.mutateAsync({
        method: 'POST',
        path: `/api/situation/compilations/${year}/${quarter}/document`,
      });
      setNotice(
        saved.milestoneDone
          ? texts.documentSaved(saved.version)
          : texts.documentSavedEarly(saved.version, quarterPeriod(year, quarter as Quarter).to),
      );
    } catch (e) {
      setWriteError(e as ApiError);
    }
  };

  return (
    <div className={styles.page}>
      <Body1 as="p">{texts.quarterIntro}</Body1>
      <div className={styles.row}>
        <YearSelect label={texts.year} year={year} currentYear={currentYear} onChange={(next) => show(next, quarter)} />
        <Field label={texts.quarter}>
          <Select value={String(quarter)} onChange={(_, d) => show(year, d.value)}>
            {[1, 2, 3, 4].map((q) => (
              <option key={q} value={q}>
                {texts.quarterName(q)}
              </option>
            ))}
          </Select>
        </Field>
        {me.roles.includes('SecurityChief') && !faststalld && (
          <ActionButton icon={<DocumentAddRegular />} onAction={saveDocument}>
            {texts.saveDocument}
          </ActionButton>
        )}
      </div>
      {me.roles.includes('SecurityChief') && faststalld && (
        <Body1 as="p">{allTexts.documentFaststalld(formatDate(faststalld, language))}</Body1>
      )}
      <ErrorMessage error={error} />
      {notice && (
        <MessageBar intent="success">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
      {compilation && (
        <CompilationReport
          year={year}
          quarter={quarter}
          compilation={compilation}
          categoryName={categoryName}
          onError={setWriteError}
        />
      )}
    </div>
  );
}
