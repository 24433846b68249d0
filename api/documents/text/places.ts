import { containsPersonalIdentityNumber } from '../../domain/personal-identity-numbers.js';
import type { DocumentText, Place } from './document-text-types.js';

/** The places more than one reader names, worded once. */
export const places = {
  document: { sv: 'i dokumentet', en: 'in the document' },
  text: { sv: 'i dokumentets text', en: 'in the document’s text' },
  properties: { sv: 'i dokumentets egenskaper', en: 'in the document’s properties' },
  sheet: { sv: 'i kalkylbladet', en: 'in the spreadsheet' },
  embedded: { sv: 'i ett inbäddat objekt', en: 'in an embedded object' },
  message: { sv: 'i meddelandet', en: 'in the message' },
  subject: { sv: 'i ämnesraden', en: 'in the subject' },
} satisfies Record<string, Place>;

/** Where a text inside something inside the document is: "i bilagan Rapport.docx, på sida 2". */
export function within(outer: Place, inner: Place): Place {
  return { sv: `${outer.sv}, ${inner.sv}`, en: `${outer.en}, ${inner.en}` };
}

/** How a refusal names a file inside the document: by its name, without one, and where its name is. */
interface FileWords {
  named: (name: string) => Place;
  unnamed: Place;
  name: Place;
}

export const attachmentWords: FileWords = {
  named: (name) => ({ sv: `i bilagan ${name}`, en: `in the attachment ${name}` }),
  unnamed: { sv: 'i en bilaga', en: 'in an attachment' },
  name: { sv: 'i en bilagas filnamn', en: 'in an attachment’s file name' },
};

export const archiveWords: FileWords = {
  named: (name) => ({ sv: `i filen ${name} i zip-filen`, en: `in the file ${name} in the zip file` }),
  unnamed: { sv: 'i en fil i zip-filen', en: 'in a file in the zip file' },
  name: { sv: 'i ett filnamn i zip-filen', en: 'in a file name in the zip file' },
};

/**
 * A file inside the document (an attachment, a file in a zip) named in a refusal: by its own name, shortened,
 * unless the name itself holds a number, which a refusal never repeats. The name is scanned as text of its own.
 */
export function attachmentPlace(
  name: string | null | undefined,
  words: FileWords = attachmentWords,
): { place: Place; pieces: DocumentText[] } {
  const clean = (name ?? '').replace(/[\p{Cc}\p{Cf}]/gu, '').trim();
  if (!clean) return { place: words.unnamed, pieces: [] };
  if (containsPersonalIdentityNumber(clean))
    return { place: words.unnamed, pieces: [{ text: clean, where: words.name }] };
  const shown = clean.length > 60 ? `${clean.slice(0, 59)}…` : clean;
  return { place: words.named(shown), pieces: [] };
}
