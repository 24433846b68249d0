import { Body1, Button, Field, Link, makeStyles, MessageBar, MessageBarBody, Select, Spinner, Subtitle2, tokens } from '@fluentui/react-components';
import { ArrowDownloadRegular, DocumentAddRegular } from '@fluentui/react-icons';
import { useCallback, useEffect, useState } from 'react';
import type { Compilation } from '../../../../../api/domain/situation/compilation.js';
import type { CompilationJson } from '../../../../../api/contract/situation.js';
import type { EntryCategory } from '../../../../../api/domain/situation/entry.js';
import { barChartSvg } from '../../../../../api/charts/bar-chart-svg.js';
import type { ApiError } from '../../../api/client.js';
import { useLanguage, useTexts } from '../../../i18n/language.js';
import { useSubRoute } from '../../../navigation/use-route.js';
import { useSession } from '../../../session.js';
import { ErrorMessage } from '../../common/ErrorMessage.js';
import { formatDate } from '../../common/format.js';
import { changeText, CountTable } from './CountTable.js';
import { ScrollRegion } from '../../common/ScrollRegion.js';
import { categoryNamer } from '../category-name.js';
import { TrendSection } from '../TrendSection.js';
import { sourceLabel } from '../../../../../api/domain/situation/source-label.js';


const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '64rem' },
  row: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap', alignItems: 'flex-end' },
});

/** A quarter of the lägesbild: charts with their tables, the most affected places, new phenomena, the document. */
export function QuarterlyPage({ path }: { path: string[] }) {
  const texts = useTexts().situation;
  const language = useLanguage();
  const styles = useStyles();
  const { api, me } = useSession();
  const [, go] = useSubRoute();
  const [today, setToday] = useState<string>();
  const [categories, setCategories] = useState<EntryCategory[]>([]);
  const [compilation, setCompilation] = useState<CompilationJson>();
  const [error, setError] = useState<ApiError>();
  const [notice, setNotice] = useState('');

  useEffect(() => {
    void Promise.all([api.request<{ today: string }>('/api/cycles/current'), api.request<{ categories: EntryCategory[] }>('/api/situation/categories')]).then(
      ([cycle, c]) => {
        setToday(cycle.today);
        setCategories(c.categories);
      },
      (e: ApiError) => setError(e),
    );
  }, [api]);

  const currentYear = today ? Number(today.slice(0, 4)) : undefined;
  const year = /^\d{4}$/.test(path[0] ?? '') ? Number(path[0]) : currentYear;
  const quarter = /^[1-4]$/.test(path[1] ?? '') ? Number(path[1]) : today ? Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1 : undefined;

  const load = useCallback(async () => {
    if (year === undefined || quarter === undefined) return;
    try {
      setCompilation(await api.request<CompilationJson>(`/api/situation/compilations/${year}/${quarter}`));
      setError(undefined);
    } catch (e) {
      setError(e as ApiError);
    }
  }, [api, year, quarter]);
  useEffect(() => void load(), [load]);

  if (year === undefined || quarter === undefined || currentYear === undefined) return error ? <ErrorMessage error={error} /> : <Spinner label={texts.quarterPage} />;
  const categoryName = categoryNamer(categories, language);
  const chart = (title: string, rows: Compilation['byArea'], name: (key: string) => string) => ({
    __html: barChartSvg({ title, bars: rows.slice(0, 12).map((row) => ({ label: name(row.key), value: row.count, compare: row.sameQuarterLastYear })), legend: { value: texts.legendNow, compare: texts.legendLastYear } }),
  });
  const saveDocument = async () => {
    try {
      const saved = await api.request<{ version: string }>(`/api/situation/compilations/${year}/${quarter}/document`, { method: 'POST' });
      setNotice(texts.documentSaved(saved.version));
      await load();
    } catch (e) {
      setError(e as ApiError);
    }
  };
  const same = (key: string) => key;

  return (
    <div className={styles.page}>
      <Body1 as="p">{texts.quarterIntro}</Body1>
      <div className={styles.row}>
        <Field label={texts.year}>
          <Select value={String(year)} onChange={(_, d) => go('kvartal', d.value, quarter)}>
            {Array.from({ length: 6 }, (_, i) => currentYear - i).map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={texts.quarter}>
          <Select value={String(quarter)} onChange={(_, d) => go('kvartal', year, d.value)}>
            {[1, 2, 3, 4].map((q) => (
              <option key={q} value={q}>
                {texts.quarterName(q)}
              </option>
            ))}
          </Select>
        </Field>
        {me.roles.includes('SecurityChief') && (
          <Button icon={<DocumentAddRegular />} onClick={() => void saveDocument()}>
            {texts.saveDocument}
          </Button>
        )}
      </div>
      <ErrorMessage error={error} />
      {notice && (
        <MessageBar intent="success">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
      {compilation && (
        <>
          {compilation.document && (
            <Link as="button" onClick={() => void api.openFile(`/api/situation/compilations/${year}/${quarter}/document`, `kvartal-${quarter}-${year}.docx`).catch((e: ApiError) => setError(e))}>
              <ArrowDownloadRegular /> {texts.downloadDocument(compilation.document.version)}
            </Link>
          )}
          <Body1 role="status">
            {`${formatDate(compilation.period.from, language)} – ${formatDate(compilation.period.to, language)}. `}
            {texts.totalLine(compilation.total.count, compilation.total.previousQuarter, changeText(compilation.total.changeFromPrevious, language), compilation.total.sameQuarterLastYear, changeText(compilation.total.changeFromLastYear, language))}
          </Body1>
          <Subtitle2 as="h3">{texts.byCategory}</Subtitle2>
          <ScrollRegion label={texts.chartByCategory}>
            <div dangerouslySetInnerHTML={chart(texts.chartByCategory, compilation.byCategory, categoryName)} />
          </ScrollRegion>
          <CountTable label={texts.byCategory} first={texts.category} rows={compilation.byCategory} name={categoryName} language={language} />
          <Subtitle2 as="h3">{texts.byArea}</Subtitle2>
          <ScrollRegion label={texts.chartByArea}>
            <div dangerouslySetInnerHTML={chart(texts.chartByArea, compilation.byArea, same)} />
          </ScrollRegion>
          <CountTable label={texts.byArea} first={texts.area} rows={compilation.byArea} name={same} language={language} />
          <TrendSection trend={compilation.trend} categoryName={categoryName} />
          <Subtitle2 as="h3">{texts.mostAffected}</Subtitle2>
          {compilation.mostAffected.length === 0 ? (
            <Body1>{texts.noEvents}</Body1>
          ) : (
            <ol>
              {compilation.mostAffected.map((place) => (
                <li key={place.area}>{`${place.area}: ${place.count}`}</li>
              ))}
            </ol>
          )}
          <Subtitle2 as="h3">{texts.newPhenomena}</Subtitle2>
          {compilation.newPhenomena.length === 0 ? (
            <Body1>{texts.noNewPhenomena}</Body1>
          ) : (
            <ul>
              {compilation.newPhenomena.map((p, index) => (
                <li key={index}>{`${formatDate(p.date, language)}, ${p.area} (${categoryName(p.category)}): ${p.description} – ${sourceLabel(texts.sourceTitles[p.source as keyof typeof texts.sourceTitles] ?? p.source, p.sourceName, ', ')}`}</li>
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}
