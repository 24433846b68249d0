import { Body1, Link, Subtitle2 } from '@fluentui/react-components';
import { ArrowDownloadRegular } from '@fluentui/react-icons';
import type { CompilationJson } from '../../../../../api/contract/situation.js';
import { barChartSvg } from '../../../../../api/charts/bar-chart-svg.js';
import type { Compilation } from '../../../../../api/domain/situation/compilation.js';
import { PhenomenonItem } from '../PhenomenonItem.js';
import type { ApiError } from '../../../api/client.js';
import { useLanguage, useTexts } from '../../../i18n/language.js';
import { Written } from '../../../i18n/written.js';
import { useSession } from '../../../session.js';
import { formatDate } from '../../common/format.js';
import { ScrollRegion } from '../../common/ScrollRegion.js';
import { TrendSection } from '../TrendSection.js';
import { changeText, CountTable } from './CountTable.js';
import { compilationKeys } from '../../../api/resources/situation-compilations.js';
import { RegistrationButton } from '../../common/RegistrationButton.js';
import { AreaMapFigure } from '../../common/AreaMapFigure.js';

const same = (key: string) => key;
const written = (key: string) => <Written>{key}</Written>;

/** What a quarter's compilation says: totals, charts with their tables, the trend, the most affected places, new phenomena. */
export function CompilationReport({
  year,
  quarter,
  compilation,
  categoryName,
  onError,
}: {
  year: number;
  quarter: number;
  compilation: CompilationJson;
  categoryName: (id: string) => string;
  onError: (error: ApiError) => void;
}) {
  const texts = useTexts().situation;
  const mapTitle = useTexts().areaMap.title;
  const language = useLanguage();
  const { api } = useSession();
  const chart = (title: string, rows: Compilation['byArea'], name: (key: string) => string) => ({
    __html: barChartSvg({
      title,
      bars: rows
        .slice(0, 12)
        .map((row) => ({ label: name(row.key), value: row.count, compare: row.sameQuarterLastYear })),
      legend: { value: texts.legendNow, compare: texts.legendLastYear },
    }),
  });

  return (
    <>
      {compilation.document && (
        <Link
          as="button"
          onClick={() =>
            void api
              .openFile(`/api/situation/compilations/${year}/${quarter}/document`, `kvartal-${quarter}-${year}.docx`)
              .catch((e: ApiError) => onError(e))
          }
        >
          <ArrowDownloadRegular /> {texts.downloadDocument(compilation.document.version)}
        </Link>
      )}
      {compilation.document && (
        <RegistrationButton document={compilation.document} touches={[compilationKeys.quarter(year, quarter)]} />
      )}
      <Body1 role="status">
        {`${formatDate(compilation.period.from, language)} – ${formatDate(compilation.period.to, language)}. `}
        {texts.totalLine(
          compilation.total.count,
          compilation.total.previousQuarter,
          changeText(compilation.total.changeFromPrevious, language),
          compilation.total.sameQuarterLastYear,
          changeText(compilation.total.changeFromLastYear, language),
        )}
      </Body1>
      <Subtitle2 as="h3">{texts.byCategory}</Subtitle2>
      <ScrollRegion label={texts.chartByCategory}>
        <div dangerouslySetInnerHTML={chart(texts.chartByCategory, compilation.byCategory, categoryName)} />
      </ScrollRegion>
      <CountTable
        label={texts.byCategory}
        first={texts.category}
        rows={compilation.byCategory}
        name={categoryName}
        language={language}
      />
      <Subtitle2 as="h3">{texts.byArea}</Subtitle2>
      <ScrollRegion label={texts.chartByArea}>
        <div dangerouslySetInnerHTML={chart(texts.chartByArea, compilation.byArea, same)} />
      </ScrollRegion>
      <CountTable
        label={texts.byArea}
        first={texts.area}
        rows={compilation.byArea}
        name={written}
        language={language}
      />
      <AreaMapFigure
        title={mapTitle}
        rows={compilation.byArea.map((row) => ({ area: row.key, count: row.count }))}
        byCategory={{ rows: compilation.byAreaAndCategory, name: categoryName }}
      />
      <TrendSection trend={compilation.trend} categoryName={categoryName} />
      <Subtitle2 as="h3">{texts.mostAffected}</Subtitle2>
      {compilation.mostAffected.length === 0 ? (
        <Body1>{texts.noEvents}</Body1>
      ) : (
        <ol>
          {compilation.mostAffected.map((place) => (
            <li key={place.area}>
              <Written>{place.area}</Written>: {place.count}
            </li>
          ))}
        </ol>
      )}
      <Subtitle2 as="h3">{texts.newPhenomena}</Subtitle2>
      {compilation.newPhenomena.length === 0 ? (
        <Body1>{texts.noNewPhenomena}</Body1>
      ) : (
        <ul>
          {compilation.newPhenomena.map((p, index) => (
            <PhenomenonItem key={index} phenomenon={p} categoryName={categoryName} />
          ))}
        </ul>
      )}
    </>
  );
}
