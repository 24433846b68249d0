import { z } from 'zod';
import { shownInput } from '../domain/text-policy.js';
import { type Bilingual, englishTwin } from './bilingual.js';

/** Unknown fields named in a message; the rest are counted. */
const namedKeys = 5;

const svNumber = new Intl.NumberFormat('sv-SE');
const enNumber = new Intl.NumberFormat('en-GB');
const number = (value: number | bigint) => ({ sv: svNumber.format(value), en: enNumber.format(value) });

/** What a value should have been, said as a person would ask for it. */
const kinds: Record<string, Bilingual> = {
  string: { sv: 'ange text', en: 'give text' },
  number: { sv: 'ange ett tal', en: 'give a number' },
  int: { sv: 'ange ett heltal', en: 'give a whole number' },
  boolean: { sv: 'ange ja eller nej (true eller false)', en: 'give yes or no (true or false)' },
  array: { sv: 'ange en lista', en: 'give a list' },
  object: { sv: 'ange ett objekt med fält', en: 'give an object with fields' },
  date: { sv: 'ange ett datum', en: 'give a date' },
};

const formats: Record<string, Bilingual> = {
  email: { sv: 'ange en giltig e-postadress', en: 'give a valid e-mail address' },
  url: { sv: 'ange en giltig webbadress', en: 'give a valid web address' },
  uuid: { sv: 'ange ett giltigt id', en: 'give a valid id' },
  guid: { sv: 'ange ett giltigt id', en: 'give a valid id' },
  datetime: { sv: 'ange datum och tid (ÅÅÅÅ-MM-DDTHH:MM)', en: 'give a date and time (YYYY-MM-DDTHH:MM)' },
  date: { sv: 'ange ett datum som ÅÅÅÅ-MM-DD', en: 'give a date as YYYY-MM-DD' },
};

/**
 * Zod's own refusals in plain Swedish and English, for every schema that gives no message of its own: the
 * locales zod ships say "För lite(t): förväntade number att ha >=1", or leave English in the Swedish text.
 */
function zodIssueText(issue: z.core.$ZodIssue): Bilingual {
  // Reported (parse with reportInput) and undefined: nothing was given, whatever the schema wanted.
  const missing = 'input' in issue && issue.input === undefined;
  if (missing && ['invalid_type', 'invalid_value', 'invalid_union'].includes(issue.code ?? ''))
    return { sv: 'saknas', en: 'is missing' };
  switch (issue.code) {
    case 'invalid_type':
      return kinds[issue.expected] ?? { sv: 'har fel typ', en: 'has the wrong type' };
    case 'too_small':
      return tooSmall(issue.origin, issue.minimum, issue.inclusive !== false);
    case 'too_big':
      return tooBig(issue.origin, issue.maximum, issue.inclusive !== false);
    case 'invalid_format':
      return formats[issue.format] ?? { sv: 'har fel format', en: 'has the wrong format' };
    case 'not_multiple_of': {
      const divisor = number(issue.divisor);
      return { sv: `ange en multipel av ${divisor.sv}`, en: `give a multiple of ${divisor.en}` };
    }
    case 'unrecognized_keys': {
      const named = issue.keys.slice(0, namedKeys).map((key) => shownInput(key, 40));
      const more = issue.keys.length - named.length;
      return {
        sv: `okända fält: ${named.join(', ')}${more > 0 ? ` och ${more} till` : ''}`,
        en: `unknown fields: ${named.join(', ')}${more > 0 ? ` and ${more} more` : ''}`,
      };
    }
    case 'invalid_value': {
      const values = issue.values.map(String).join(', ');
      return { sv: `välj något av: ${values}`, en: `choose one of: ${values}` };
    }
    default:
      return { sv: 'ogiltigt värde', en: 'invalid value' };
  }
}

function tooSmall(origin: string, minimum: number | bigint, inclusive: boolean): Bilingual {
  const n = number(minimum);
  if (origin === 'string')
    return Number(minimum) <= 1
      ? { sv: 'får inte vara tomt', en: 'must not be empty' }
      : { sv: `minst ${n.sv} tecken`, en: `at least ${n.en} characters` };
  if (origin === 'array' || origin === 'set')
    return Number(minimum) <= 1
      ? { sv: 'får inte vara tom', en: 'must not be empty' }
      : { sv: `minst ${n.sv} poster`, en: `at least ${n.en} items` };
  return inclusive
    ? { sv: `minst ${n.sv}`, en: `at least ${n.en}` }
    : { sv: `större än ${n.sv}`, en: `more than ${n.en}` };
}

function tooBig(origin: string, maximum: number | bigint, inclusive: boolean): Bilingual {
  const n = number(maximum);
  if (origin === 'string') return { sv: `högst ${n.sv} tecken`, en: `at most ${n.en} characters` };
  if (origin === 'array' || origin === 'set') return { sv: `högst ${n.sv} poster`, en: `at most ${n.en} items` };
  return inclusive
    ? { sv: `högst ${n.sv}`, en: `at most ${n.en}` }
    : { sv: `mindre än ${n.sv}`, en: `less than ${n.en}` };
}

const english = z.locales.en();

/**
 * An issue's text in both languages: the schema's own message with its English twin, or, where the schema
 * gave none (the message is zod's default), zodIssueText. Parse with `reportInput` to tell a missing value.
 */
export function issueText(issue: z.core.$ZodIssue): Bilingual {
  const generic = english.localeError(issue as never);
  const isDefault = issue.message === (typeof generic === 'string' ? generic : generic?.message);
  if (isDefault) return zodIssueText(issue);
  return { sv: issue.message, en: englishTwin(issue.message) ?? issue.message };
}
