import { containsPersonalIdentityNumber } from '../../domain/personal-identity-numbers.js';
import type { DocumentText, Place } from './document-text-types.js';

/** Where a text inside something inside the document is: "i bilagan Rapport.docx, på sida 2". */
export function within(outer: Place, inner: Place): Place {
  return { sv: `${outer.sv}, ${inner.sv}`, en: `${outer.en}, ${inner.en}` };
}

/**
 * An attachment named in a refusal: by its own name, shortened, unless the name itself holds a number, which
 * a refusal never repeats. The name is scanned as text of its own, at "en bilagas filnamn".
 */
export function attachmentPlace(name: string | null | undefined): { place: Place; pieces: DocumentText[] } {
  const clean = (name ?? '').replace(/[\p{Cc}\p{Cf}]/gu, '').trim();
  if (!clean) return { place: { sv: 'i en bilaga', en: 'in an attachment' }, pieces: [] };
  if (containsPersonalIdentityNumber(clean)) {
    const place = { sv: 'i en bilagas filnamn', en: 'in an attachment’s file name' };
    return { place: { sv: 'i en bilaga', en: 'in an attachment' }, pieces: [{ text: clean, where: place }] };
  }
  const shown = clean.length > 60 ? `${clean.slice(0, 59)}…` : clean;
  return { place: { sv: `i bilagan ${shown}`, en: `in the attachment ${shown}` }, pieces: [] };
}
