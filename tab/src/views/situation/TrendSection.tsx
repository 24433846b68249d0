import {
  Caption1,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import { useId } from 'react';
import { lineChartSvg } from '../../../../api/charts/line-chart-svg.js';
import { chartedCategories, type Trend } from '../../../../api/domain/situation/trend.js';
import { countText } from '../../../../api/domain/situation/compilation.js';
import { useTexts } from '../../i18n/language.js';
import { ScrollRegion } from '../common/ScrollRegion.js';

/** The eight quarters up to the one shown, per category: a line chart and, as its accessible twin, its table. */
export function TrendSection({ trend, categoryName }: { trend: Trend; categoryName: (id: string) => string }) {
  const texts = useTexts().situation;
  const headingId = useId();
  const labels = trend.quarters.map((q) => texts.quarterShort(q.year, q.quarter));
  const svg = lineChartSvg({
    title: texts.trendChart,
    labels,
    series: trend.byCategory
      .slice(0, chartedCategories)
      .map((row) => ({ label: categoryName(row.key), values: row.counts })),
  });
  return (
    <>
      <Subtitle2 as="h3" id={headingId}>
        {texts.trend}
      </Subtitle2>
      {trend.byCategory.length === 0 ? (
        <p>{texts.noEvents}</p>
      ) : (
        <>
          <ScrollRegion label={texts.trendChart}>
            <div dangerouslySetInnerHTML={{ __html: svg }} />
          </ScrollRegion>
          {/* The chart keeps to the categories with most events; its table has every one. */}
          {trend.byCategory.length > chartedCategories && <Caption1>{texts.trendChartTop(chartedCategories)}</Caption1>}
          <ScrollRegion labelledBy={headingId}>
            <Table aria-labelledby={headingId} size="small">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{texts.category}</TableHeaderCell>
                  {labels.map((label) => (
                    <TableHeaderCell key={label}>{label}</TableHeaderCell>
                  ))}
                </TableRow>
              </TableHeader>
              <TableBody>
                {trend.byCategory.map((row) => (
                  <TableRow key={row.key}>
                    <TableCell>{categoryName(row.key)}</TableCell>
                    {row.counts.map((count, i) => (
                      <TableCell key={labels[i]}>{countText(count, row.preliminary[i])}</TableCell>
                    ))}
                  </TableRow>
                ))}
                <TableRow>
                  <TableCell>{texts.trendTotal}</TableCell>
                  {trend.total.map((count, i) => (
                    <TableCell key={labels[i]}>{count}</TableCell>
                  ))}
                </TableRow>
              </TableBody>
            </Table>
          </ScrollRegion>
        </>
      )}
    </>
  );
}
