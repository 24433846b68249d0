import { HeadingLevel, Paragraph, Table, TableRow, WidthType } from 'docx';
import {
  cell,
  heading,
  paragraph,
  packDocx,
  registeredHeaders,
  type Registered,
  type DocumentOptions,
} from './docx-parts.js';
import { actionProgressTitles, type DepartmentReportContent } from '../domain/department-report.js';

export interface ReportForDocument {
  departmentName: string;
  status: 'notStarted' | 'draft' | 'submitted' | 'late';
  submittedAt: string | null;
  submittedBy: string | null;
  content: DepartmentReportContent | null;
  actions: { id: string; title: string }[];
}

function reportSection(report: ReportForDocument): (Paragraph | Table)[] {
  const parts: (Paragraph | Table)[] = [heading(report.departmentName, HeadingLevel.HEADING_1)];
  if (!report.content || report.status !== 'submitted') {
    parts.push(
      paragraph(
        report.status === 'late' ? 'Rapporten har inte lämnats in (försenad).' : 'Rapporten har inte lämnats in.',
      ),
    );
    return parts;
  }
  const content = report.content;
  parts.push(paragraph(`Inlämnad ${report.submittedAt?.slice(0, 10) ?? ''} av ${report.submittedBy ?? ''}.`));
  parts.push(heading('Lägesbild', HeadingLevel.HEADING_2), ...content.situation.split(/\n+/).map(paragraph));
  if (content.observations.length > 0) {
    parts.push(heading('Iakttagelser', HeadingLevel.HEADING_2));
    for (const observation of content.observations) {
      parts.push(
        paragraph(
          `${observation.area} – ${observation.category}${observation.newPhenomenon ? ' (ny typ av händelse eller fenomen)' : ''}${observation.description ? `: ${observation.description}` : ''}`,
        ),
      );
    }
  }
  parts.push(heading('Genomförda åtgärder utifrån åtgärdsplanen', HeadingLevel.HEADING_2));
  parts.push(
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        new TableRow({
          tableHeader: true,
          children: [cell('Åtgärd', true), cell('Status', true), cell('Kommentar', true)],
        }),
        ...report.actions.map((action) => {
          const given = content.actions.find((a) => a.actionId === action.id);
          return new TableRow({
            children: [
              cell(action.title),
              cell(given ? actionProgressTitles[given.progress].sv : '–'),
              cell(given?.comment ?? ''),
            ],
          });
        }),
      ],
    }),
  );
  parts.push(heading('Förslag på vidare åtgärder', HeadingLevel.HEADING_2));
  parts.push(
    ...(content.proposals.length > 0
      ? content.proposals.map((p) => new Paragraph({ text: p, bullet: { level: 0 } }))
      : [paragraph('Inga förslag.')]),
  );
  return parts;
}

/** All departments' November reports of a year in one Word document, for the säkerhetschef's compilation. */
export async function departmentReportsDocument(
  options: { municipality: string; year: number; generatedAt: Date; reports: ReportForDocument[] } & Registered,
): Promise<Uint8Array> {
  const document: DocumentOptions = {
    creator: 'Trygghetshjulet',
    title: `Förvaltningarnas rapporter ${options.year}`,
    description: `Förvaltningarnas återrapportering till säkerhetschefen, ${options.municipality}`,
    sections: [
      {
        ...registeredHeaders(options.diarienummer),
        children: [
          new Paragraph({ text: `Förvaltningarnas rapporter ${options.year}`, heading: HeadingLevel.TITLE }),
          paragraph(
            `${options.municipality}. Lägesbild, genomförda åtgärder utifrån åtgärdsplanen och förslag på vidare åtgärder, enligt planen för det brottsförebyggande arbetet.`,
          ),
          paragraph(`Sammanställt ${options.generatedAt.toISOString().slice(0, 10)}.`),
          ...options.reports.flatMap(reportSection),
        ],
      },
    ],
  };
  return packDocx(document);
}
