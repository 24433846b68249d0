import personnummerModule from 'personnummer';
import { foldForScan } from './text-policy.js';

/**
 * Finding Swedish personal identity and coordination numbers in a text, and nothing else: no zod, so a worker
 * thread that scans a document starts without the validation library (personal-data.ts re-exports these).
 */

// The package is CommonJS with ESM-style typings: Node hands over the class itself, the types a wrapper.
const Personnummer = ((personnummerModule as { default?: unknown }).default ?? personnummerModule) as {
  valid(pin: string): boolean;
};

// Ten or twelve digits, not part of a longer number. The date is written whole or in parts apart by a hyphen,
// a dot or a space (`850709`, `1985-07-09`, `85 07 09`); the last four follow after nothing, one separator or
// spaces around it (`850709-9805`, `850709 9805`, `19850709 - 9805`, `850709.9805`, `1985-07-09/9805`).
const candidate = /(?<!\d)(\d{8}|\d{6}|\d{2}(?:\d{2})?[-. ]\d{2}[-. ]\d{2}) ?([-+./_:]?) ?(\d{4})(?!\d)/g;

/**
 * ASCII and Latin-1 letters fold to themselves (no ¹²³ or ½, no invisible characters), so such a text with fewer
 * than ten digits cannot hold a number: most texts, and most of an import's cells, are decided without folding.
 */
const plainText = /^[\t\n\r\x20-\x7E\u00C0-\u00FF]*$/;

function fewerDigitsThan(limit: number, text: string): boolean {
  let digits = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57 && ++digits >= limit) return false;
  }
  return true;
}

/**
 * Swedish personal identity numbers and coordination numbers (day + 60) in free text, checked with their
 * checksum so that ordinary numbers (dates, phone numbers, case numbers) are left alone. The text is folded
 * first (foldForScan), so full-width digits, other dashes, no-break and zero-width characters hide nothing.
 * Returns the numbers as the folded text shows them.
 */
export function findPersonalIdentityNumbers(text: string): string[] {
  return plainText.test(text) && fewerDigitsThan(10, text) ? [] : foldedNumbers(text);
}

/** The numbers the folded text shows: the whole scan, without the shortcut (its test compares the two). */
export function foldedNumbers(text: string): string[] {
  return [...foldForScan(text).matchAll(candidate)]
    .map(([, written, separator, serial]) => {
      const date = written!.replace(/\D/g, '');
      return `${date}${separator === '+' && date.length === 6 ? '+' : '-'}${serial}`;
    })
    .filter((value) => Personnummer.valid(value));
}

export function containsPersonalIdentityNumber(text: string): boolean {
  return findPersonalIdentityNumbers(text).length > 0;
}

// A SHA-256 or a GUID in any case: 64 hex digits, or 8-4-4-4-12.
const identifiers = /(?<![0-9a-z])(?:[0-9a-f]{64}|[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12})(?![0-9a-z])/gi;

/**
 * A text with its identifiers taken out, for the scan: an uploaded file's SHA-256 holds ten digits in a row that
 * pass as a personal identity number about once in 1,200 files, a GUID (an Entra object id, a SharePoint
 * document id, a PDF's XMP document id) once in 11,000, and the file or the person could never be used.
 */
export function withoutIdentifiers(text: string): string {
  return text.replace(identifiers, ' ');
}
