import { HeadingLevel, type Paragraph, type Table } from 'docx';
import { actionProgressTitles } from '../domain/department-report.js';
import type { AnnualSectionId } from '../domain/situation/annual-sections.js';
import { entrySourceTitles } from '../domain/situation/entry.js';
import { sourceLabel } from '../domain/situation/source-label.js';
import type { AnnualView } from '../services/annual-situation-service.js';
import { trendParts } from './trend-parts.js';
import { countText } from '../domain/situation/compilation.js';
import {
  bullet,
  heading,
  paragraph,
  paragraphs,
  table,
  packDocx,
  registeredHeaders,
  type Registered,
  type DocumentOptions,
} from './docx-parts.js';
import type { AreaMap } from '../domain/situation/area-map.js';
import { areaMapParagraphs } from './area-map-parts.js';

/** What the actors wrote for the council under this heading, and for the summary the council's other material. */
function fromCouncil(section: AnnualSectionId, view: AnnualView): (Paragraph | Table)[] {
  const council = view.material.council;
  if (!council) return [];
  const written = council.actors.flatMap((a) =>
    a.written[section] ? [bullet(`${a.actor}: ${a.written[section]}`)] : [],
  );
  const summary =
    section === 'summary'
      ? [
          ...council.actors.map((a) =>
            bullet(
              `${a.actor}: ${a.receivedOn ? `skriftlig lägesbild inkom ${a.receivedOn}${a.document ? ' (dokument i rådets bibliotek)' : ''}` : 'ingen skriftlig lägesbild'}`,
            ),
          ),
          ...(council.preparationNotes.trim()
            ? [paragraph(`Beredning med polisen: ${council.preparationNotes.trim()}`)]
            : []),
        ]
      : [];
  if (written.length === 0 && summary.length === 0) return [];
  return [heading(`Från strategiska rådet ${view.year}`, HeadingLevel.HEADING_3), ...summary, ...written];
}

/** What the year's data adds under a section's own text. */
function gathered(
  section: AnnualSectionId,
  view: AnnualView,
  categoryName: (id: string) => string,
): (Paragraph | Table)[] {
  return [...fromData(section, view, categoryName), ...fromCouncil(section, view)];
}

function fromData(
  section: AnnualSectionId,
  view: AnnualView,
  categoryName: (id: string) => string,
): (Paragraph | Table)[] {
  const { material } = view;
  switch (section) {
    case 'problemPicture':
      return [
        heading('Händelser per kategori', HeadingLevel.HEADING_3),
        table(
          ['Kategori', 'Antal'],
          material.byCategory.map((row) => [categoryName(row.category), countText(row.count, row.preliminary)]),
        ),
        heading('Händelser per område', HeadingLevel.HEADING_3),
        table(
          ['Område', 'Antal'],
          material.byArea.map((row) => [row.area, countText(row.count, row.preliminary)]),
        ),
        ...trendParts(material.trend, categoryName, HeadingLevel.HEADING_3),
      ];
    case 'actionsTaken':
      return material.actionsTaken.length === 0
        ? [paragraph('Ingen åtgärdsplan finns för året.')]
        : [
            table(
              ['Åtgärd', 'Ansvarig', 'Status', 'Kommentar'],
              material.actionsTaken.map((a) => [a.title, a.responsible, actionProgressTitles[a.status].sv, a.comment]),
            ),
          ];
    case 'actionsPlanned':
      return material.proposals.map((p) => bullet(`${p.text} (förslag från ${p.department})`));
    case 'newPhenomena':
      return material.newPhenomena.length === 0
        ? [paragraph('Inga nya typer av händelser eller fenomen flaggades under året.')]
        : material.newPhenomena.map((p) =>
            bullet(
              `${p.date}, ${p.area} (${categoryName(p.category)}): ${p.description}. Källa: ${sourceLabel(entrySourceTitles[p.source].sv, p.sourceName, ', ')}.`,
            ),
          );
    default:
      return [];
  }
}

/** The annual lägesbild: every section in order, the säkerhetschef's text first and then what the data gathered. */
export async function annualSituationDocument(
  options: {
    view: AnnualView;
    municipality: string;
    generatedAt: Date;
    categoryName: (id: string) => string;
    /** The municipality's areas, when a map is uploaded: the year's counts per area drawn on it. */
    areaMap?: AreaMap | undefined;
  } & Registered,
): Promise<Uint8Array> {
  const { view } = options;
  const document: DocumentOptions = {
    creator: 'Trygghetshjulet',
    title: `Årlig lägesbild ${view.year}`,
    description: `Lägesbild för det brottsförebyggande arbetet ${view.year}, ${options.municipality}`,
    sections: [
      {
        ...registeredHeaders(options.diarienummer),
        children: [
          heading(`Årlig lägesbild ${view.year}`, HeadingLevel.TITLE),
          paragraph(
            `${options.municipality}. Det kontinuerliga arbetet med lägesbilden under ${view.year}, med analys av orsaker och vidtagna och planerade åtgärder. Upprättad ${options.generatedAt.toISOString().slice(0, 10)}.`,
          ),
          ...view.sections.flatMap((section) => [
            heading(section.title.sv, HeadingLevel.HEADING_1),
            ...paragraphs(section.text),
            ...gathered(section.id, view, options.categoryName),
            ...(section.id === 'problemPicture' && options.areaMap
              ? areaMapParagraphs(options.areaMap, view.material.byArea, 'Händelser per område på kartan')
              : []),
          ]),
        ],
      },
    ],
  };
  return packDocx(document);
}
