import { z } from 'zod';
import { bilingual } from '../i18n/bilingual.js';
import { atMostCharacters } from '../i18n/limits.js';
import { isWellFormedText, malformedTextMessage, storableText } from './text-policy.js';
import { containsPersonalIdentityNumber } from './personal-identity-numbers.js';

export {
  containsPersonalIdentityNumber,
  findPersonalIdentityNumbers,
  foldedNumbers,
} from './personal-identity-numbers.js';

// Said of every free-text field (a place, a name, a meeting's notes), so it gives the rule, not one field's purpose.
export const personalDataMessage = bilingual(
  'texten innehåller ett personnummer eller samordningsnummer; ta bort numret – sådana nummer förs inte in i appen',
  'the text contains a Swedish personal identity number or coordination number; remove the number – such numbers are not kept in the app',
);

/**
 * A free-text field under the text policy: a lone surrogate or a personal identity number is refused, saying
 * why, and characters XML cannot hold are removed; the rest of the text is kept as written. The HTTP layer
 * applies the same policy to every string it receives; this covers the bot's cards and the imports.
 */
export function guardedText<T extends z.ZodString>(schema: T) {
  return schema
    .refine(isWellFormedText, { error: malformedTextMessage.sv, abort: true })
    .refine((text) => !containsPersonalIdentityNumber(text), { error: personalDataMessage })
    .overwrite((text) => storableText(text) as typeof text);
}

/** Trimmed free text of at most `max` characters, personal identity numbers refused. */
export const freeText = (max: number) =>
  guardedText(
    z
      .string()
      .trim()
      .max(max, { error: atMostCharacters(max) }),
  );
