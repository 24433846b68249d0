import { HeadingLevel } from 'docx';
import { planStatusTitles } from '../domain/action-plan/plan.js';
import type { MunicipalCouncilReportMaterial } from '../domain/council/municipal-council-report.js';
import { actionProgressTitles } from '../domain/department-report.js';
import {
  heading,
  paragraph,
  paragraphs,
  table,
  packDocx,
  trafficLightRuns,
  registeredHeaders,
  type Registered,
  type DocumentOptions,
} from './docx-parts.js';
import { trafficLightTitles } from '../domain/action-plan/traffic-light.js';

const notWritten = (what: string) => paragraph(`${what} saknas i Trygghetshjulet för året.`);

/** Rapport till kommunfullmäktige: the year's crime-prevention work, from the lägesbild to the council's outcome. */
export async function municipalCouncilReportDocument({
  material,
  generatedAt,
  diarienummer,
}: { material: MunicipalCouncilReportMaterial; generatedAt: Date } & Registered): Promise<Uint8Array> {
  const { year, annual, plan, council } = material;
  const title = `Rapport till kommunfullmäktige: brottsförebyggande arbete ${year}`;
  const progress = plan
    ? (Object.entries(plan.counts) as [keyof typeof actionProgressTitles, number][])
        .map(([status, count]) => `${actionProgressTitles[status].sv}: ${count}`)
        .join(', ')
    : '';
  const document: DocumentOptions = {
    creator: 'Trygghetshjulet',
    title,
    sections: [
      {
        ...registeredHeaders(diarienummer),
        children: [
          heading(title, HeadingLevel.TITLE),
          paragraph(
            `${material.municipality}. Redovisning enligt lagen (2023:196) om kommuners ansvar för brottsförebyggande arbete. Upprättad ${generatedAt.toISOString().slice(0, 10)}.`,
          ),
          heading('1. Lägesbild', HeadingLevel.HEADING_1),
          ...(annual
            ? [
                paragraph(
                  `Lägesbilden omfattar ${annual.total} registrerade händelser; ${annual.newPhenomena} nya fenomen flaggades.`,
                ),
                ...annual.sections.flatMap((s) =>
                  s.text.trim() === '' ? [] : [heading(s.title, HeadingLevel.HEADING_2), ...paragraphs(s.text)],
                ),
              ]
            : [notWritten('Den årliga lägesbilden')]),
          heading('2. Åtgärdsplan och uppföljning', HeadingLevel.HEADING_1),
          ...(plan
            ? [
                paragraph(
                  `Åtgärdsplanen har status ”${planStatusTitles[plan.status].sv}”${plan.decision ? `; kommunstyrelsen beslutade den ${plan.decision.meetingDate}, ${plan.decision.paragraph}` : ''}.`,
                ),
                paragraph(`Åtgärdernas status: ${progress}.`),
                table(
                  ['Del', 'Åtgärd', 'Ansvarig', 'Status', 'Kommentar'],
                  plan.actions.map((a) => [
                    String(a.part),
                    a.title,
                    a.responsible,
                    trafficLightRuns(a.light, trafficLightTitles[a.light].sv, actionProgressTitles[a.status].sv),
                    a.comment,
                  ]),
                ),
              ]
            : [notWritten('Åtgärdsplanen')]),
          ...(material.nextPlan
            ? [
                paragraph(
                  `Åtgärdsplanen för ${year + 1} har status ”${planStatusTitles[material.nextPlan.status].sv}”${material.nextPlan.decision ? `; kommunstyrelsen beslutade den ${material.nextPlan.decision.meetingDate}, ${material.nextPlan.decision.paragraph}` : ''}.`,
                ),
              ]
            : []),
          paragraph(
            `Förvaltningarnas återrapportering: ${material.departmentReports.submitted} av ${material.departmentReports.departments} förvaltningar rapporterade.`,
          ),
          heading('3. Strategiska rådet', HeadingLevel.HEADING_1),
          ...(council
            ? [
                paragraph(
                  `Rådet hölls ${council.date ?? 'utan fastställt datum'} med ${council.invited} inbjudna aktörer; ${council.materialReceived} lämnade en skriftlig lägesbild.`,
                ),
                ...(council.decisions.length > 0
                  ? [heading('Beslut', HeadingLevel.HEADING_2), ...council.decisions.map(paragraph)]
                  : []),
                heading('Åtaganden', HeadingLevel.HEADING_2),
                council.commitments.length === 0
                  ? paragraph('Inga åtaganden protokollfördes.')
                  : table(
                      ['Vem', 'Vad', 'Senast'],
                      council.commitments.map((c) => [c.who, c.what, c.byWhen ?? '–']),
                    ),
              ]
            : [notWritten('Det strategiska rådet')]),
          heading('4. Samverkansöverenskommelser', HeadingLevel.HEADING_1),
          material.agreements.length === 0
            ? paragraph('Inga skriftliga överenskommelser om samverkan är registrerade.')
            : table(
                ['Aktör', 'Överenskommelse', 'Gäller till'],
                material.agreements.map((a) => [a.actor, a.title, a.validUntil ?? 'tills vidare']),
              ),
          heading('5. Samordningsfunktionens arbete', HeadingLevel.HEADING_1),
          ...(material.coordination.trim() === ''
            ? [notWritten('Redovisningen av samordningsfunktionen')]
            : paragraphs(material.coordination)),
        ],
      },
    ],
  };
  return packDocx(document);
}
