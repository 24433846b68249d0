import {
  AlignmentType,
  Document,
  Header,
  type HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import JSZip from 'jszip';
import { xmlSafe } from '../domain/text-policy.js';

/** The media type of every Word document the app makes and serves. */
export const docxContentType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The few building blocks every Word document of the app is made of. */
export const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]) =>
  new Paragraph({ text, heading: level });
export const paragraph = (text: string) => new Paragraph({ children: [new TextRun(text)] });
export const paragraphs = (text: string) =>
  text
    .split(/\n+/)
    .filter((line) => line.trim() !== '')
    .map(paragraph);
export const bullet = (text: string) => new Paragraph({ text, bullet: { level: 0 } });

/** A registered document's diarienummer in the header of every page, as registrators stamp paper; nothing before registration. */
export function registeredHeaders(diarienummer: string | null | undefined) {
  return diarienummer
    ? {
        headers: {
          default: new Header({
            children: [
              new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun(`Dnr ${diarienummer}`)] }),
            ],
          }),
        },
      }
    : {};
}

/** What every document builder may be given beside its content: the diarienummer it was registered under. */
export interface Registered {
  diarienummer?: string | null;
}

export function cell(text: string, bold = false): TableCell {
  return new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });
}

/** A cell's content: plain text, or runs of their own (a traffic light's coloured mark beside its word). */
export type CellContent = string | TextRun[];

export function table(header: string[], rows: CellContent[][]): Table {
  const body = (content: CellContent) =>
    typeof content === 'string' ? cell(content) : new TableCell({ children: [new Paragraph({ children: content })] });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: header.map((text) => cell(text, true)) }),
      ...rows.map((row) => new TableRow({ children: row.map(body) })),
    ],
  });
}

// Dark enough to stand out from white paper (3:1 and more), and never alone: the word follows the mark.
const lightColours = { green: '107C10', yellow: '8F6800', red: 'C50F1F' } as const;

/** Brå's traffic light in a Word table: a coloured mark, the light's word, then the status word. */
export function trafficLightRuns(light: keyof typeof lightColours, title: string, status: string): TextRun[] {
  return [new TextRun({ text: '● ', color: lightColours[light] }), new TextRun(`${title}: ${status}`)];
}

/** What a document builder says of its document: its properties and sections; the styles are the app's. */
export type DocumentOptions = Omit<ConstructorParameters<typeof Document>[0], 'styles'>;

/**
 * Every document the app makes is Swedish: Word checks its spelling as Swedish and a screen reader reads it
 * with a Swedish voice. Without it the text has no language and takes the reader's own (WCAG 3.1.1 for
 * documents the municipality publishes).
 */
const swedishText = { default: { document: { run: { language: { value: 'sv-SE' } } } } };

/**
 * The document as a .docx file. docx escapes markup but not the characters XML forbids, and one of them
 * anywhere (an imported entry stored before the text policy, a category name) makes Word refuse the whole
 * file, so every XML part is cleaned here rather than trusting every caller.
 */
export async function packDocx(options: DocumentOptions): Promise<Uint8Array> {
  const document = new Document({ ...options, styles: swedishText });
  const zip = await JSZip.loadAsync(await Packer.toBuffer(document));
  for (const part of Object.values(zip.files).filter((file) => !file.dir && /\.(xml|rels)$/.test(file.name))) {
    const xml = await part.async('string');
    const clean = xmlSafe(xml);
    if (clean !== xml) zip.file(part.name, clean);
  }
  return new Uint8Array(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
}
