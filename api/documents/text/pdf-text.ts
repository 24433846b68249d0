import type { DocumentText, Place, ReadInner } from './document-text-types.js';
import { attachmentPlace, places, within } from './places.js';

const pagePlace = (page: number): Place => ({ sv: `på sida ${page}`, en: `on page ${page}` });
const commentPlace = (page: number): Place => ({
  sv: `i en kommentar eller ett formulärfält på sida ${page}`,
  en: `in a comment or form field on page ${page}`,
});

interface Annotation {
  contentsObj?: { str?: string };
  titleObj?: { str?: string };
  fieldValue?: unknown;
  file?: { filename?: string; content?: Uint8Array };
}

/**
 * A PDF's text as PDF.js (through unpdf, its build for servers) lays it out: each page a line at a time, the
 * comments and form fields on it, the document's properties, and the files attached to it, read as documents
 * of their own. Undefined when PDF.js cannot open the file (damaged, or locked with a password).
 */
export async function pdfTexts(bytes: Uint8Array, readInner: ReadInner): Promise<DocumentText[] | undefined> {
  const { getDocumentProxy } = await import('unpdf');
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // A copy, and a plain Uint8Array (PDF.js refuses a Buffer): it takes the buffer it is given. No fonts.
    pdf = await getDocumentProxy(new Uint8Array(bytes), {
      disableFontFace: true,
      useSystemFonts: false,
      verbosity: 0,
    });
  } catch {
    return undefined;
  }
  const pieces: DocumentText[] = [];
  // The information dictionary (its Custom entries too) and the XMP packet, its tags taken out.
  const { info, metadata } = (await pdf.getMetadata()) as unknown as {
    info?: Record<string, unknown> & { Custom?: Record<string, unknown> };
    metadata?: { getRaw(): unknown } | null;
  };
  const xmp = metadata?.getRaw();
  const described = [
    ...Object.values(info ?? {}),
    ...Object.values(info?.Custom ?? {}),
    ...(typeof xmp === 'string' ? xmp.replace(/<[^>]*>/g, '\n').split('\n') : []),
  ];
  for (const value of described) if (typeof value === 'string') pieces.push({ text: value, where: places.properties });
  for (let number = 1; number <= pdf.numPages; number += 1) {
    const page = await pdf.getPage(number);
    const content = await page.getTextContent();
    // A line a piece, and a table's cells apart: PDF.js puts a space item where a text jumps ahead on its
    // line, as wide as the jump; wider than two letters' height, it is a column, not a word's space.
    let line = '';
    let height = 0;
    const flush = () => {
      pieces.push({ text: line, where: pagePlace(number) });
      line = '';
    };
    for (const item of content.items) {
      if (!('str' in item)) continue;
      if (item.str.trim() === '' && item.width > 2 * (height || 10)) flush();
      else line += item.str;
      if (item.height > 0) height = item.height;
      if (item.hasEOL) flush();
    }
    flush();
    for (const annotation of (await page.getAnnotations()) as Annotation[]) {
      const values = [annotation.contentsObj?.str, annotation.titleObj?.str, annotation.fieldValue].flat();
      for (const value of values)
        if (typeof value === 'string') pieces.push({ text: value, where: commentPlace(number) });
      if (annotation.file?.content) pieces.push(...(await attached(annotation.file, readInner)));
    }
    page.cleanup();
  }
  const files = (await pdf.getAttachments()) as Record<string, { filename?: string; content?: Uint8Array }> | null;
  for (const file of Object.values(files ?? {})) pieces.push(...(await attached(file, readInner)));
  return pieces;
}

async function attached(
  file: { filename?: string; content?: Uint8Array },
  readInner: ReadInner,
): Promise<DocumentText[]> {
  const { place, pieces } = attachmentPlace(file.filename);
  const inner = file.content ? await readInner(file.content, file.filename ?? '') : [];
  return [...pieces, ...inner.map((piece) => ({ text: piece.text, where: within(place, piece.where) }))];
}
