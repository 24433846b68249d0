import personnummerModule from 'personnummer';
import { z } from 'zod';
import { bilingual } from '../i18n/bilingual.js';

// The package is CommonJS with ESM-style typings: Node hands over the class itself, the types a wrapper.
const Personnummer = ((personnummerModule as { default?: unknown }).default ?? personnummerModule) as { valid(pin: string): boolean };

// Ten or twelve digits, with or without the separator (- or +), not part of a longer number.
const candidate = /(?<![\d])(?:\d{2})?\d{6}[-+]?\d{4}(?![\d])/g;

/**
 * Swedish personal identity (and coordination) numbers in free text, checked with their checksum so that
 * ordinary numbers (dates, phone numbers, case numbers) are left alone.
 */
export function findPersonalIdentityNumbers(text: string): string[] {
  return [...text.matchAll(candidate)].map((match) => match[0]).filter((value) => Personnummer.valid(value));
}

export const personalDataMessage = bilingual(
  'texten innehåller ett personnummer; lägesbilden beskriver platser, situationer och trender, inte enskilda personer – ta bort numret',
  'the text contains a Swedish personal identity number; the situation picture describes places, situations and trends, not individuals – remove the number',
);

/** A free-text field that refuses personal identity numbers, saying why; the rest of the text is untouched. */
export function guardedText<T extends z.ZodString>(schema: T) {
  return schema.refine((text) => findPersonalIdentityNumbers(text).length === 0, { error: personalDataMessage });
}

/** Trimmed free text of at most `max` characters, personal identity numbers refused. */
export const freeText = (max: number) => guardedText(z.string().trim().max(max, { error: bilingual(`högst ${max} tecken`, `at most ${max} characters`) }));
