import { HeadingLevel, type Paragraph, type Table } from 'docx';
import type { AgendaItem } from '../domain/council/agenda.js';
import type { Commitment, Minutes } from '../domain/council/minutes.js';
import type { CouncilView } from '../services/council-service.js';
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

interface CouncilDocumentOptions extends Registered {
  view: CouncilView;
  municipality: string;
  names: { actor: (id: string) => string; party: (commitment: Commitment) => string };
  generatedAt: Date;
}

/** Lines starting with a dash become bullets, so the generated lists read as lists in Word. */
function textBlocks(text: string): Paragraph[] {
  return text
    .split(/\n+/)
    .filter((line) => line.trim() !== '')
    .flatMap((line) => (/^[–-] /.test(line) ? [bullet(line.slice(2))] : paragraphs(line)));
}

function meeting({ view, municipality, names }: CouncilDocumentOptions): Paragraph[] {
  return [
    paragraph(`${municipality}. Datum: ${view.date ?? 'ej bestämt'}${view.place ? `. Plats: ${view.place}` : ''}.`),
    paragraph(
      `Inbjudna aktörer: ${view.invitedActorIds.length === 0 ? 'inga ännu' : view.invitedActorIds.map(names.actor).join(', ')}.`,
    ),
  ];
}

async function pack(title: string, children: (Paragraph | Table)[], diarienummer?: string | null): Promise<Uint8Array> {
  const document: DocumentOptions = {
    creator: 'Trygghetshjulet',
    title,
    sections: [{ ...registeredHeaders(diarienummer), children }],
  };
  return packDocx(document);
}

/** The agenda in its order, each point with its text and the documents it refers to. */
export async function agendaDocument(options: CouncilDocumentOptions & { items: AgendaItem[] }): Promise<Uint8Array> {
  const title = `Dagordning, strategiskt råd ${options.view.year}`;
  return pack(
    title,
    [
      heading(title, HeadingLevel.TITLE),
      ...meeting(options),
      ...options.items.flatMap((item, index) => [
        heading(`${index + 1}. ${item.title}`, HeadingLevel.HEADING_1),
        ...textBlocks(item.text),
        ...(item.links.length > 0 ? [paragraph('Underlag:'), ...item.links.map((link) => bullet(link.title))] : []),
      ]),
      paragraph(`Upprättad ${options.generatedAt.toISOString().slice(0, 10)} i Trygghetshjulet.`),
    ],
    options.diarienummer,
  );
}

/** The minutes: who attended, the decisions, and each commitment with who, what and by when. */
export async function minutesDocument(options: CouncilDocumentOptions & { minutes: Minutes }): Promise<Uint8Array> {
  const { minutes, names } = options;
  const title = `Protokoll, strategiskt råd ${options.view.year}`;
  return pack(
    title,
    [
      heading(title, HeadingLevel.TITLE),
      ...meeting(options),
      paragraph(
        `Närvarande aktörer: ${minutes.attendingActorIds.length === 0 ? 'ej angivet' : minutes.attendingActorIds.map(names.actor).join(', ')}.`,
      ),
      heading('Beslut', HeadingLevel.HEADING_1),
      ...(minutes.decisions.length === 0
        ? [paragraph('Inga beslut protokollfördes.')]
        : minutes.decisions.map((decision) => bullet(decision.text))),
      heading('Åtaganden', HeadingLevel.HEADING_1),
      minutes.commitments.length === 0
        ? paragraph('Inga åtaganden protokollfördes.')
        : table(
            ['Vem', 'Vad', 'Senast'],
            minutes.commitments.map((c) => [names.party(c), c.what, c.byWhen ?? '–']),
          ),
      ...(minutes.notes ? [heading('Övrigt', HeadingLevel.HEADING_1), ...textBlocks(minutes.notes)] : []),
      paragraph(
        `Åtagandena följs upp under punkt 2 på nästa års strategiska råd. Upprättad ${options.generatedAt.toISOString().slice(0, 10)} i Trygghetshjulet.`,
      ),
    ],
    options.diarienummer,
  );
}
