import {
  actionProgressTitles,
  categoryChoiceOf,
  otherCategoryChoice,
  type DepartmentReportContent,
} from '../../api/domain/department-report.js';
import { renderCard } from './render-card.js';

/** The strictest card limit Teams documents; a form that would pass it opens in the tab instead. */
export const cardSizeLimitBytes = 28 * 1024;

export interface ReportCardForm {
  year: number;
  due: string;
  department: { id: string; name: string };
  actions: { id: string; title: string }[];
  content: DepartmentReportContent | null;
  /** The lägesbild's categories an observation chooses from; "Annat – beskriv" is added after them. */
  categories: { id: string; sv: string }[];
}

/** Where each card input ended up in the report, so an error on the report lands beside its input. */
export interface CardIndexes {
  observations: number[];
  proposals: number[];
  /** The ids of the actions the report holds, in its order: a refused comment is named by its place. */
  actions: string[];
}

const observationRows = 3;
const proposalRows = 3;

export function reportTabUrl(publicUrl: string): string {
  return `${publicUrl}/#/rapporter`;
}

export interface ReportCardOptions {
  tabUrl: string;
  submissionId: string;
  /** The ETag of the report the card shows ('' when none is saved yet), sent back on submit. */
  reportEtag: string;
  errors?: Record<string, string>;
  errorSummary?: string;
}

/** The November report as an Adaptive Card, filled with what is known and with errors beside their inputs. */
export function reportFormCard(form: ReportCardForm, options: ReportCardOptions): Record<string, unknown> {
  const content = form.content ?? { situation: '', observations: [], actions: [], proposals: [] };
  const errors = options.errors ?? {};
  const observations = [
    ...content.observations,
    ...Array.from({ length: Math.max(0, observationRows - content.observations.length) }, () => undefined),
  ];
  const proposals = [
    ...content.proposals,
    ...Array.from({ length: Math.max(1, proposalRows - content.proposals.length) }, () => ''),
  ];
  const card = renderCard('report-form', {
    heading: `Förvaltningens rapport ${form.year} – ${form.department.name}`,
    intro: `Lägesbild, genomförda åtgärder utifrån åtgärdsplanen och förslag på vidare åtgärder, senast ${form.due}. / Situation picture, actions carried out and proposals, by ${form.due}.`,
    hasErrors: Object.keys(errors).length > 0 || Boolean(options.errorSummary),
    errorSummary: options.errorSummary ?? '',
    situation: content.situation,
    situationError: errors.situation ?? '',
    observations: observations.map((o, index) => ({
      index,
      number: index + 1,
      area: o?.area ?? '',
      ...categoryChoiceOf(
        o ?? { category: '' },
        form.categories.map((c) => c.id),
      ),
      description: o?.description ?? '',
      newPhenomenon: o?.newPhenomenon ? 'true' : 'false',
      error: errors[`obs_${index}`] ?? '',
    })),
    actions: form.actions.map((action) => {
      const given = content.actions.find((a) => a.actionId === action.id);
      return {
        id: action.id,
        title: action.title,
        progress: given?.progress ?? '',
        comment: given?.comment ?? '',
        error: errors[`action_${action.id}`] ?? '',
      };
    }),
    proposals: proposals.map((text, index) => ({
      index,
      number: index + 1,
      text,
      error: errors[`proposal_${index}`] ?? '',
    })),
    categories: [
      ...form.categories.map((c) => ({ title: c.sv, value: c.id })),
      { title: 'Annat – beskriv / Other – describe', value: otherCategoryChoice },
    ],
    year: String(form.year),
    departmentId: form.department.id,
    submissionId: options.submissionId,
    reportEtag: options.reportEtag,
    tabUrl: options.tabUrl,
  });
  return card;
}

export function reportReceiptCard(receipt: {
  year: number;
  department: { id: string; name: string };
  submittedAt: string;
  submittedBy: string;
  content: DepartmentReportContent;
  canChange: boolean;
  due: string;
  tabUrl: string;
}): Record<string, unknown> {
  const counts = new Map<string, number>();
  for (const action of receipt.content.actions)
    counts.set(
      actionProgressTitles[action.progress].sv,
      (counts.get(actionProgressTitles[action.progress].sv) ?? 0) + 1,
    );
  return renderCard('report-receipt', {
    department: receipt.department.name,
    departmentId: receipt.department.id,
    year: String(receipt.year),
    submittedAt: receipt.submittedAt,
    submittedBy: receipt.submittedBy,
    actionSummary: counts.size === 0 ? '–' : [...counts].map(([title, n]) => `${n} ${title.toLowerCase()}`).join(', '),
    observationCount: String(receipt.content.observations.length),
    proposalCount: String(receipt.content.proposals.length),
    changeNote: receipt.canChange
      ? `Du kan ändra svaret till och med ${receipt.due}. / You can change the answer until ${receipt.due}.`
      : 'Sista dagen har passerat; kontakta säkerhetschefen för ändringar. / The deadline has passed; contact the security chief for changes.',
    canChange: receipt.canChange,
    tabUrl: receipt.tabUrl,
  });
}

export function reportOpenInTabCard(form: ReportCardForm, tabUrl: string): Record<string, unknown> {
  return renderCard('report-open-in-tab', {
    heading: `Förvaltningens rapport ${form.year} – ${form.department.name}`,
    actionCount: form.actions.length,
    tabUrl,
  });
}

/** The form card, or the open-in-the-tab card when the form would not fit Teams' limit. */
export function reportCardFor(form: ReportCardForm, options: ReportCardOptions): Record<string, unknown> {
  const card = reportFormCard(form, options);
  return Buffer.byteLength(JSON.stringify(card), 'utf8') < cardSizeLimitBytes
    ? card
    : reportOpenInTabCard(form, options.tabUrl);
}

/** Turns the card's flat inputs back into a report (unvalidated: the shared schema decides). */
export function reportFromCardInputs(
  inputs: Record<string, unknown>,
  actions: { id: string }[],
): { content: unknown; indexes: CardIndexes } {
  const text = (key: string) => (typeof inputs[key] === 'string' ? (inputs[key] as string) : '');
  const indexes: CardIndexes = { observations: [], proposals: [], actions: [] };
  const observations: unknown[] = [];
  for (
    let index = 0;
    text(`obs_${index}_area`) !== '' || text(`obs_${index}_category`) !== '' || `obs_${index}_area` in inputs;
    index += 1
  ) {
    const other = text(`obs_${index}_other`).trim();
    const description = text(`obs_${index}_description`);
    // An empty row is left out; one with only a description is kept, so the schema asks for its place.
    if (
      text(`obs_${index}_area`).trim() === '' &&
      text(`obs_${index}_category`).trim() === '' &&
      other === '' &&
      description.trim() === ''
    )
      continue;
    indexes.observations.push(index);
    // Words typed under "Annat" count as choosing it, so they are never dropped.
    const category =
      other !== '' && text(`obs_${index}_category`) === '' ? otherCategoryChoice : text(`obs_${index}_category`);
    observations.push({
      area: text(`obs_${index}_area`),
      category,
      categoryOther: category === otherCategoryChoice ? other : '',
      description,
      newPhenomenon: text(`obs_${index}_new`) === 'true',
    });
  }
  const proposals: string[] = [];
  for (let index = 0; `proposal_${index}` in inputs; index += 1) {
    if (text(`proposal_${index}`).trim() === '') continue;
    indexes.proposals.push(index);
    proposals.push(text(`proposal_${index}`));
  }
  const given = actions.filter((action) => text(`action_${action.id}_progress`) !== '');
  indexes.actions.push(...given.map((action) => action.id));
  const actionReports = given.map((action) => ({
    actionId: action.id,
    progress: text(`action_${action.id}_progress`),
    comment: text(`action_${action.id}_comment`),
  }));
  return { content: { situation: text('situation'), observations, actions: actionReports, proposals }, indexes };
}

/** Puts each problem (by its field path in the report) beside the card input it came from. */
export function cardErrors(
  problems: { field: string; message: string }[],
  indexes: CardIndexes,
): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const { field, message } of problems) {
    const parts = field.replace(/^content\./, '').split('.');
    const key =
      parts[0] === 'observations'
        ? `obs_${indexes.observations[Number(parts[1])]}`
        : parts[0] === 'proposals'
          ? `proposal_${indexes.proposals[Number(parts[1])]}`
          : parts[0] === 'actions'
            ? // `actions.<id>`: a status missing; `actions.<place>.<field>`: a field of the report's row.
              `action_${parts.length > 2 ? indexes.actions[Number(parts[1])] : parts[1]}`
            : parts[0]!;
    errors[key] ??= message;
  }
  return errors;
}
