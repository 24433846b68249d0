import { HeadingLevel, type Paragraph, type Table } from 'docx';
import { actionProgressTitles } from '../domain/department-report.js';
import { partNumbers, partTitles, type PartNumber } from '../domain/action-plan/parts.js';
import { planStatusTitles } from '../domain/action-plan/plan.js';
import type { Actor, Department } from '../domain/organisation.js';
import { annualSectionTitles } from '../domain/situation/annual-sections.js';
import type { PlanView } from '../services/action-plan-service.js';
import {
  bullet,
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

interface Input extends Registered {
  view: PlanView;
  municipality: string;
  generatedAt: Date;
  departments: Department[];
  actors: Actor[];
}

function partContent(part: PartNumber, input: Input): (Paragraph | Table)[] {
  const { parts } = input.view;
  const departmentName = (id: string | null) => input.departments.find((d) => d.id === id)?.name ?? '';
  const actorNames = (ids: string[]) =>
    ids
      .map((id) => input.actors.find((a) => a.id === id)?.name ?? '')
      .filter(Boolean)
      .join(', ');
  switch (part) {
    case 1:
      return [
        heading('Problembild', HeadingLevel.HEADING_2),
        ...parts[1].content.problems.flatMap((problem) => [
          heading(problem.title, HeadingLevel.HEADING_3),
          ...paragraphs(problem.description),
          ...(problem.sections.length > 0
            ? [
                paragraph(
                  `Underlag i årets lägesbild: ${problem.sections.map((s) => annualSectionTitles[s].sv).join(', ')}.`,
                ),
              ]
            : []),
        ]),
        heading('Skyddsfaktorer och det kontinuerliga arbetet', HeadingLevel.HEADING_2),
        ...parts[1].content.factors.flatMap((factor) => [
          heading(factor.title, HeadingLevel.HEADING_3),
          ...paragraphs(factor.continuousWork),
        ]),
      ];
    case 2:
      return [
        table(
          ['Verksamhet', 'Tidigt varningstecken', 'Åtgärd vid tecknet', 'Samverkan och aktörernas åtgärder'],
          parts[2].content.signs.map((sign) => [
            departmentName(sign.departmentId),
            sign.sign,
            sign.response,
            [actorNames(sign.actorIds), sign.actorActions].filter(Boolean).join(': '),
          ]),
        ),
      ];
    case 3:
      return parts[3].content.coordinations.flatMap((coordination) => [
        heading(coordination.parties, HeadingLevel.HEADING_3),
        ...paragraphs(coordination.description),
      ]);
    case 4:
      return paragraphs(parts[4].content.introduction);
  }
}

function actionsOf(part: PartNumber, input: Input): (Paragraph | Table)[] {
  const actions = input.view.actions.filter((action) => action.part === part);
  if (actions.length === 0) return [paragraph('Inga åtgärder i denna del.')];
  const responsible = (action: (typeof actions)[number]) =>
    input.departments.find((d) => d.id === action.departmentId)?.name ??
    input.actors.find((a) => a.id === action.actorId)?.name ??
    '–';
  const part1 = input.view.parts[1].content;
  const causes = (action: (typeof actions)[number]) => [
    ...part1.problems.filter((p) => action.problemIds.includes(p.id)).map((p) => p.title),
    ...part1.factors.filter((f) => action.factorIds.includes(f.id)).map((f) => f.title),
  ];
  return [
    heading('Åtgärder', HeadingLevel.HEADING_2),
    table(
      ['Åtgärd', 'Svarar mot', 'Ansvarig', 'Period', 'Indikator och mål', 'Status'],
      actions.map((action) => [
        [action.title, action.description].filter(Boolean).join(': '),
        causes(action).join('; ') || '–',
        responsible(action),
        [action.start, action.end].filter(Boolean).join(' – '),
        [action.indicator, action.target && `Mål: ${action.target}`].filter(Boolean).join('. '),
        trafficLightRuns(
          action.followUp.light,
          trafficLightTitles[action.followUp.light].sv,
          actionProgressTitles[action.followUp.status].sv,
        ),
      ]),
    ),
    ...actions
      .filter((action) => action.origin)
      .map((action) => bullet(`”${action.title}” är ett åtagande från strategiska rådet ${action.origin!.year}.`)),
  ];
}

/** The year's action plan for KS: the four parts of the plan in order, each with its actions. */
export async function actionPlanDocument(input: Input): Promise<Uint8Array> {
  const { view } = input;
  const decision = view.plan.decision;
  const document: DocumentOptions = {
    creator: 'Trygghetshjulet',
    title: `Åtgärdsplan ${view.year}`,
    description: `Åtgärdsplan för det brottsförebyggande arbetet ${view.year}, ${input.municipality}`,
    sections: [
      {
        ...registeredHeaders(input.diarienummer),
        children: [
          heading(`Åtgärdsplan ${view.year}`, HeadingLevel.TITLE),
          paragraph(
            `${input.municipality}. Åtgärdsplan för det brottsförebyggande arbetet enligt lagen (2023:196) om kommuners ansvar för brottsförebyggande arbete.`,
          ),
          paragraph(
            `Version ${view.plan.planVersion}, ${planStatusTitles[view.plan.status].sv.toLowerCase()}` +
              (decision ? `: beslutad av kommunstyrelsen ${decision.meetingDate}, ${decision.paragraph}.` : '.') +
              ` Utskriven ${input.generatedAt.toISOString().slice(0, 10)}.`,
          ),
          ...partNumbers.flatMap((part) => [
            heading(partTitles[part].sv, HeadingLevel.HEADING_1),
            ...partContent(part, input),
            ...actionsOf(part, input),
          ]),
        ],
      },
    ],
  };
  return packDocx(document);
}
