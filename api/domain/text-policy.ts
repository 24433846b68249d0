import { bilingual, type Bilingual } from '../i18n/bilingual.js';

/**
 * One policy for every text a person types (names, titles, free text, file names): what is removed, what
 * is refused and why. The personal-identity check lives in personal-data.ts and scans the folded form
 * made here, so look-alike characters cannot carry a number past it.
 */

// XML 1.0 allows tab, newline, carriage return and everything from U+0020 except surrogates, U+FFFE and
// U+FFFF; Word documents, SVG charts and SharePoint all choke on the rest.
// biome-ignore lint/suspicious/noControlCharactersInRegex: the point is to find the control characters XML forbids
const xmlInvalid = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Removes the characters no XML document may hold; everything else is kept as written. */
export function xmlSafe(text: string): string {
  return text.replace(xmlInvalid, '');
}

// The explicit bidi embeddings, overrides and isolates (LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI, PDI): one in a
// name or a title turns the text after it around on screen ("Trojan Source", CVE-2021-42574). Arabic and Hebrew
// need none of them; the marks LRM and RLM, which reorder nothing, stay.
const bidiControls = /[\u202A-\u202E\u2066-\u2069]/g;

/** What is kept of a text a person typed: XML-safe, and without bidi controls that would reorder what it shows. */
export function storableText(text: string): string {
  return xmlSafe(text).replace(bidiControls, '');
}

// A high surrogate without its low one, or a low one without its high one (JSON can carry a lone `\ud800`).
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

// Control characters and line and paragraph separators: a message shows the quoted text on one line.
const lineBreaking = /[\p{Cc}\u2028\u2029\s]+/gu;

/**
 * Text the caller sent, as an error message may quote it: XML-safe, without bidi controls or lone surrogates,
 * on one line and at most `max` characters (cut with …). A field name or a cell of any length, or one that
 * would turn the message around on screen, never makes a message long or unreadable.
 */
export function shownInput(text: string, max = 60): string {
  const characters = Array.from(storableText(text).replace(loneSurrogate, '\uFFFD').replace(lineBreaking, ' ').trim());
  return characters.length > max ? `${characters.slice(0, max - 1).join('')}…` : characters.join('');
}

/** A string whose every high surrogate has its low one. */
export function isWellFormedText(text: string): boolean {
  // search, not test: a global pattern's test would carry lastIndex from one call to the next.
  return text.search(loneSurrogate) === -1;
}

export const malformedTextMessage: Bilingual = {
  sv: 'texten innehåller ett ogiltigt tecken (ett ensamt surrogattecken); skriv eller klistra in texten igen',
  en: 'the text holds an invalid character (a lone surrogate); type or paste the text again',
};
bilingual(malformedTextMessage.sv, malformedTextMessage.en);

// Format characters (zero-width space and joiner, soft hyphen, BOM, bidi marks) are invisible in text; marks
// (a combining tilde, a variation selector, the keycap of 1️⃣) sit on a digit without making it another.
const invisible = /[\p{Cf}\p{M}]/gu;
const dashes = /[\p{Pd}\u2212\uFE63\uFF0D]/gu;
const spaces = /[\p{Z}\t\r\n]+/gu;

/** The value 0–9 of any Unicode decimal digit (Arabic-Indic, Devanagari…): each script's ten are contiguous. */
function asciiDigit(char: string): string {
  const code = char.codePointAt(0)!;
  let zero = code;
  while (zero > 0 && /\p{Nd}/u.test(String.fromCodePoint(zero - 1)) && code - zero < 9) zero -= 1;
  return String((code - zero) % 10);
}

/**
 * The text as a scanner should see it: compatibility forms folded (full-width digits become 0–9), every
 * decimal digit written as ASCII, invisible characters removed, every dash a hyphen and every run of
 * spaces one space. Only for checking; what is stored is the text as written.
 */
export function foldForScan(text: string): string {
  return text
    .normalize('NFKC')
    .replace(invisible, '')
    .replace(/\p{Nd}/gu, (digit) => (digit >= '0' && digit <= '9' ? digit : asciiDigit(digit)))
    .replace(dashes, '-')
    .replace(spaces, ' ');
}
