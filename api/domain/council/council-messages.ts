import { writtenDate } from '../../i18n/dates.js';

/**
 * What the council's mail and invitation say: Swedish, plain and short, with names and nothing else about
 * anyone. Each is built from what the säkerhetschef planned, so a changed plan gives a changed text.
 */
export interface CouncilFacts {
  year: number;
  municipality: string;
  date: string;
  place: string;
  requestDue: string | null;
  /** Where the tab opens on the council's planning page. */
  link: string;
  signature: string;
}

export function meetingText(facts: CouncilFacts): { subject: string; body: string } {
  return {
    subject: `Strategiskt råd ${facts.year} – ${facts.municipality}`,
    body: [
      `Välkommen till det strategiska rådet för det brottsförebyggande arbetet i ${facts.municipality} ${writtenDate(facts.date, 'sv')}${facts.place ? `, ${facts.place}` : ''}.`,
      'Vi går igenom den samlade lägesbilden, följer upp förra årets åtaganden och kommer överens om årets åtgärder.',
      `Dagordning och underlag finns i Trygghetshjulet: ${facts.link}`,
      '',
      `Vänliga hälsningar\n${facts.signature}`,
    ].join('\n'),
  };
}

/** The actor's commitments from last year's council that have no result yet, asked for in the same mail. */
function openCommitmentLines(facts: CouncilFacts, open: readonly string[]): string[] {
  if (open.length === 0) return [];
  return [
    '',
    `Berätta också i Trygghetshjulet hur det gick med det ni åtog er vid rådet ${facts.year - 1}:`,
    ...open.map((what) => `– ${what}`),
  ];
}

export function requestText(
  facts: CouncilFacts,
  person: string,
  actor: string,
  open: readonly string[] = [],
): { subject: string; body: string } {
  const due = facts.requestDue ? writtenDate(facts.requestDue, 'sv') : 'i god tid före rådet';
  return {
    subject: `Skriftlig lägesbild till strategiska rådet ${writtenDate(facts.date, 'sv')}`,
    body: [
      `Hej ${person}!`,
      '',
      `${facts.municipality} bjuder in ${actor} till det strategiska rådet ${writtenDate(facts.date, 'sv')}. Inför rådet ber vi om en skriftlig lägesbild: vad ni ser av brott och otrygghet i kommunen och vad ni gör åt det.`,
      '',
      `Lämna den senast ${due} i Trygghetshjulet: ${facts.link}`,
      ...openCommitmentLines(facts, open),
      '',
      `Vänliga hälsningar\n${facts.signature}`,
    ].join('\n'),
  };
}

/** Before the due date, to an actor that has not handed in its lägesbild or not said how its commitments went. */
export function reminderText(
  facts: CouncilFacts,
  person: string,
  actor: string,
  handedIn: boolean,
  open: readonly string[] = [],
): { subject: string; body: string } {
  const due = facts.requestDue ? writtenDate(facts.requestDue, 'sv') : 'snart';
  return {
    subject: handedIn
      ? `Påminnelse: era åtaganden inför rådet ${writtenDate(facts.date, 'sv')}`
      : `Påminnelse: skriftlig lägesbild senast ${due}`,
    body: [
      `Hej ${person}!`,
      '',
      handedIn
        ? `Tack för lägesbilden från ${actor}. Inför det strategiska rådet ${writtenDate(facts.date, 'sv')} saknas ännu hur det gick med åtagandena: ${facts.link}`
        : `Vi har ännu inte fått den skriftliga lägesbilden från ${actor} inför det strategiska rådet ${writtenDate(facts.date, 'sv')}. Lämna den senast ${due} i Trygghetshjulet: ${facts.link}`,
      ...openCommitmentLines(facts, open),
      '',
      `Vänliga hälsningar\n${facts.signature}`,
    ].join('\n'),
  };
}
