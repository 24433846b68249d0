import type { AgreementState } from '../agreement.js';
import { actionProgressTitles, type ActionProgress } from '../department-report.js';
import { requiredPointTitles, requiredPoints, type AgendaItem, type AgendaLink, type RequiredPoint } from './agenda.js';
import { commitmentOutcomeTitles, type CommitmentOutcome } from './commitment-result.js';

/** What the year's data holds for the agenda, already named (no ids) so the domain needs no lookups. */
export interface AgendaMaterial {
  year: number;
  situation: {
    total: number;
    byCategory: { name: string; count: number }[];
    byArea: { name: string; count: number }[];
    newPhenomena: string[];
    links: AgendaLink[];
  };
  actorMaterial: { actor: string; receivedOn: string | null; link: AgendaLink | null }[];
  /** Last year's council: null when none was held in the product. */
  lastYear: {
    commitments: {
      who: string;
      what: string;
      byWhen: string | null;
      result: { outcome: CommitmentOutcome; text: string } | null;
    }[];
    decisions: string[];
  } | null;
  /** This year's plan's part-4 actions (those that came from last year's council) with their follow-up. */
  partFourActions: { title: string; responsible: string; status: ActionProgress; comment: string }[];
  proposals: { from: string; text: string }[];
  agreements: { actor: string; title: string; validUntil: string | null; state: AgreementState }[];
}

const bullet = (line: string) => `– ${line}`;
const top = <T extends { count: number }>(rows: T[], n: number) => rows.slice(0, n);

/**
 * The agenda the plan asks for, each of its five points filled from the year's data, for the säkerhetschef to
 * edit. A point with nothing to show says so instead of being left empty.
 */
export function draftAgenda(material: AgendaMaterial): AgendaItem[] {
  const texts: Record<RequiredPoint, { text: string; links: AgendaLink[] }> = {
    1: combinedSituation(material),
    2: followUp(material),
    3: proposals(material),
    4: {
      text: `Rådet kommer överens om vilka åtgärder kommunen och var och en av aktörerna åtar sig under ${material.year + 1}. Åtagandena protokollförs med vem, vad och när, och följs upp vid nästa års råd.`,
      links: [],
    },
    5: otherInformation(material),
  };
  return requiredPoints.map((point) => ({
    id: `point-${point}`,
    point,
    title: requiredPointTitles[point].sv,
    ...texts[point],
  }));
}

function combinedSituation({ year, situation, actorMaterial }: AgendaMaterial): { text: string; links: AgendaLink[] } {
  const lines = [
    situation.total === 0
      ? `Inga händelser är registrerade i lägesbilden för ${year} ännu.`
      : `Lägesbilden för ${year} omfattar ${situation.total} registrerade händelser.`,
  ];
  if (situation.byCategory.length > 0)
    lines.push(
      `Vanligast: ${top(situation.byCategory, 5)
        .map((row) => `${row.name} (${row.count})`)
        .join(', ')}.`,
    );
  if (situation.byArea.length > 0)
    lines.push(
      `Mest berörda platser: ${top(situation.byArea, 5)
        .map((row) => `${row.name} (${row.count})`)
        .join(', ')}.`,
    );
  if (situation.newPhenomena.length > 0) lines.push('Nya fenomen som flaggats:', ...situation.newPhenomena.map(bullet));
  const received = actorMaterial.filter((row) => row.receivedOn !== null);
  lines.push(
    actorMaterial.length === 0
      ? 'Inga aktörer är inbjudna ännu.'
      : `Aktörernas skriftliga lägesbilder: ${received.length} av ${actorMaterial.length} inkomna${received.length > 0 ? ` (${received.map((row) => row.actor).join(', ')})` : ''}.`,
  );
  const links = [...situation.links, ...actorMaterial.flatMap((row) => (row.link ? [row.link] : []))];
  return { text: lines.join('\n'), links };
}

/** A commitment's result as the agenda says it: the actor's own word, or that none has come in. */
function resultText(result: { outcome: CommitmentOutcome; text: string } | null): string {
  if (!result) return 'inget resultat rapporterat';
  const outcome = commitmentOutcomeTitles[result.outcome].sv.toLowerCase();
  return result.text ? `${outcome}: ${result.text}` : outcome;
}

function followUp({ lastYear, partFourActions, year }: AgendaMaterial): { text: string; links: AgendaLink[] } {
  const lines: string[] = [];
  if (!lastYear)
    lines.push(`Inget protokoll från ${year - 1} års råd finns i Trygghetshjulet; redovisa uppföljningen muntligt.`);
  else if (lastYear.commitments.length === 0) lines.push(`Rådet ${year - 1} protokollförde inga åtaganden.`);
  else {
    lines.push(`Åtaganden från rådet ${year - 1}:`);
    lines.push(
      ...lastYear.commitments.map((c) =>
        bullet(`${c.who}: ${c.what}${c.byWhen ? ` (senast ${c.byWhen})` : ''} – ${resultText(c.result)}`),
      ),
    );
  }
  if (partFourActions.length > 0) {
    lines.push(`Åtgärder i ${year} års åtgärdsplan, del 4, och hur de gått:`);
    lines.push(
      ...partFourActions.map((a) =>
        bullet(
          `${a.title} – ${a.responsible}: ${actionProgressTitles[a.status].sv.toLowerCase()}${a.comment ? `. ${a.comment}` : ''}`,
        ),
      ),
    );
  }
  return { text: lines.join('\n'), links: [] };
}

function proposals({ proposals: rows, year }: AgendaMaterial): { text: string; links: AgendaLink[] } {
  if (rows.length === 0)
    return { text: `Inga förslag har kommit in i förvaltningarnas återrapportering för ${year}.`, links: [] };
  return {
    text: [
      'Förslag från förvaltningarnas återrapportering:',
      ...rows.map((row) => bullet(`${row.from}: ${row.text}`)),
    ].join('\n'),
    links: [],
  };
}

function otherInformation({ agreements }: AgendaMaterial): { text: string; links: AgendaLink[] } {
  const attention = agreements.filter((a) => a.state === 'expiringSoon' || a.state === 'expired');
  const lines = [`Skriftliga överenskommelser om samverkan: ${agreements.length} registrerade.`];
  if (attention.length > 0) {
    lines.push(
      'Att förnya:',
      ...attention.map((a) =>
        bullet(`${a.actor} – ${a.title} (${a.state === 'expired' ? 'gick ut' : 'går ut'} ${a.validUntil})`),
      ),
    );
  }
  lines.push('Övriga informationspunkter och kunskapshöjande inslag läggs till här.');
  return { text: lines.join('\n'), links: [] };
}
