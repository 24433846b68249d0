import { HeadingLevel, type Paragraph, type Table } from 'docx';
import { chartedCategories, type Trend } from '../domain/situation/trend.js';
import { countText } from '../domain/situation/compilation.js';
import { heading, paragraph, table } from './docx-parts.js';
import { lineChartSvg } from '../charts/line-chart-svg.js';
import { chartImage } from './chart-image.js';

const title = 'Händelser per kategori och kvartal';

/** The eight quarters up to the one compiled, per category: the line chart as an image, then its table. */
export function trendParts(
  trend: Trend,
  categoryName: (id: string) => string,
  level: (typeof HeadingLevel)[keyof typeof HeadingLevel] = HeadingLevel.HEADING_1,
): (Paragraph | Table)[] {
  const labels = trend.quarters.map((q) => `${q.year} K${q.quarter}`);
  if (trend.byCategory.length === 0)
    return [heading('Utvecklingen de senaste åtta kvartalen', level), paragraph('Inga händelser under perioden.')];
  const svg = lineChartSvg({
    title,
    labels,
    series: trend.byCategory
      .slice(0, chartedCategories)
      .map((row) => ({ label: categoryName(row.key), values: row.counts })),
  });
  return [
    heading('Utvecklingen de senaste åtta kvartalen', level),
    chartImage(svg, title),
    ...(trend.byCategory.length > chartedCategories
      ? [paragraph(`Diagrammet visar de ${chartedCategories} kategorierna med flest händelser; tabellen visar alla.`)]
      : []),
    table(
      ['Kategori', ...labels],
      [
        ...trend.byCategory.map((row) => [
          categoryName(row.key),
          ...row.counts.map((count, i) => countText(count, row.preliminary[i])),
        ]),
        ['Totalt', ...trend.total.map(String)],
      ],
    ),
  ];
}
