import { HeadingLevel, type Paragraph } from 'docx';
import {
  countText,
  formatChange,
  type Change,
  type Compilation,
  type CountRow,
} from '../domain/situation/compilation.js';
import { entrySourceTitles } from '../domain/situation/entry.js';
import { barChartSvg } from '../charts/bar-chart-svg.js';
import {
  bullet,
  heading,
  paragraph,
  table,
  packDocx,
  registeredHeaders,
  type Registered,
  type DocumentOptions,
} from './docx-parts.js';
import { chartImage } from './chart-image.js';
import { trendParts } from './trend-parts.js';
import type { AreaMap } from '../domain/situation/area-map.js';
import { areaMapParagraphs } from './area-map-parts.js';

const changeText = (change: Change) => formatChange(change, 'sv');

function chart(title: string, rows: CountRow[], name: (key: string) => string): Paragraph {
  const svg = barChartSvg({
    title,
    bars: rows
      .slice(0, 12)
      .map((row) => ({ label: name(row.key), value: row.count, compare: row.sameQuarterLastYear })),
    legend: { value: 'Kvartalet', compare: 'Samma kvartal året före' },
  });
  return chartImage(svg, title);
}

function countTable(first: string, rows: CountRow[], name: (key: string) => string) {
  return table(
    [first, 'Antal', 'Kvartalet före', 'Förändring', 'Samma kvartal året före', 'Förändring'],
    rows.map((row) => [
      name(row.key),
      countText(row.count, row.preliminary),
      String(row.previousQuarter),
      changeText(row.changeFromPrevious),
      String(row.sameQuarterLastYear),
      changeText(row.changeFromLastYear),
    ]),
  );
}

/** The quarter's EST and police compilation for the lägesbild library, charts as images beside the tables. */
export async function quarterlyCompilationDocument(
  options: {
    compilation: Compilation;
    municipality: string;
    generatedAt: Date;
    categoryName: (id: string) => string;
    /** The municipality's areas, when a map is uploaded: the counts per area drawn on it. */
    areaMap?: AreaMap | undefined;
  } & Registered,
): Promise<Uint8Array> {
  const { compilation: c, categoryName } = options;
  const title = `Kvartalssammanställning ${c.period.year} kvartal ${c.period.quarter}`;
  const same = (key: string) => key;
  const document: DocumentOptions = {
    creator: 'Trygghetshjulet',
    title,
    description: `EST-rapporter och polisens statistik, ${options.municipality}`,
    sections: [
      {
        ...registeredHeaders(options.diarienummer),
        children: [
          heading(title, HeadingLevel.TITLE),
          paragraph(
            `${options.municipality}. EST-rapporter, polisens statistik och övriga poster i lägesbilden ${c.period.from} – ${c.period.to}. Sammanställt ${options.generatedAt.toISOString().slice(0, 10)}.`,
          ),
          paragraph(
            `Totalt ${c.total.count} händelser; kvartalet före ${c.total.previousQuarter} (${changeText(c.total.changeFromPrevious)}), samma kvartal året före ${c.total.sameQuarterLastYear} (${changeText(c.total.changeFromLastYear)}).`,
          ),
          heading('Per kategori', HeadingLevel.HEADING_1),
          chart('Händelser per kategori', c.byCategory, categoryName),
          countTable('Kategori', c.byCategory, categoryName),
          heading('Per område', HeadingLevel.HEADING_1),
          chart('Händelser per område', c.byArea, same),
          countTable('Område', c.byArea, same),
          ...(options.areaMap
            ? areaMapParagraphs(
                options.areaMap,
                c.byArea.map((row) => ({ area: row.key, count: row.count })),
                'Händelser per område på kartan',
              )
            : []),
          ...trendParts(c.trend, categoryName),
          heading('Mest drabbade platser', HeadingLevel.HEADING_1),
          ...(c.mostAffected.length > 0
            ? c.mostAffected.map((place, index) => bullet(`${index + 1}. ${place.area}: ${place.count}`))
            : [paragraph('Inga händelser under kvartalet.')]),
          heading('Nya typer av händelser eller fenomen', HeadingLevel.HEADING_1),
          ...(c.newPhenomena.length > 0
            ? c.newPhenomena.map((p) =>
                bullet(
                  `${p.date}, ${p.area} (${categoryName(p.category)}): ${p.description}. Källa: ${entrySourceTitles[p.source].sv}${p.sourceName ? `, ${p.sourceName}` : ''}.`,
                ),
              )
            : [paragraph('Inga nya fenomen flaggades under kvartalet.')]),
        ],
      },
    ],
  };
  return packDocx(document);
}
