import { z } from 'zod';
import { bilingual } from '../i18n/bilingual.js';

// Characters that come along unseen when a name is pasted from a web page or a mail: zero-width space, word
// joiner, byte order mark, soft hyphen. In a name they only make two equal-looking names differ.
const strayInvisible = /[\u200B\u2060\uFEFF\u00AD]/g;
const spaces = /[\s\p{Z}]+/gu;

/** A name as it is kept: composed (å as one character), without stray invisibles, one space between words. */
export function cleanName(text: string): string {
  return text.normalize('NFC').replace(strayInvisible, '').replace(spaces, ' ').trim();
}

/** What two names a person reads as the same have in common: case, spacing and the encoding of å, ä, ö aside. */
export function nameKey(text: string): string {
  return cleanName(text).toLocaleLowerCase('sv');
}

/** A name typed by a person: cleaned, then at least one character and at most `max`. */
export const nameText = (max: number) =>
  z
    .string()
    .overwrite(cleanName)
    .min(1, { error: bilingual('ange ett namn', 'give a name') })
    .max(max);
