/** Reading the values people's spreadsheets hold: Swedish dates and numbers with a decimal comma. */

const pad = (n: number) => String(n).padStart(2, '0');

function valid(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** The ways a Swedish export writes a day, each read as year, month and day. */
const dateForms: ((value: string) => [number, number, number] | undefined)[] = [
  (value) => {
    const match = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?$/.exec(value);
    return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : undefined;
  },
  (value) => {
    const match = /^(\d{4})(\d{2})(\d{2})$/.exec(value);
    return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : undefined;
  },
  (value) => {
    const match = /^(\d{1,2})[./](\d{1,2})[./-](\d{2}|\d{4})(?:\s.*)?$/.exec(value);
    if (!match) return undefined;
    return [match[3]!.length === 2 ? 2000 + Number(match[3]) : Number(match[3]), Number(match[2]), Number(match[1])];
  },
];

/** The first of the forms `text` is written in, as year, month and day, whether or not the calendar has it. */
function dateParts(text: string): [number, number, number] | undefined {
  const value = text.trim();
  for (const form of dateForms) {
    const parts = form(value);
    if (parts) return parts;
  }
  return undefined;
}

/**
 * 2026-03-05, 2026-03-05 14:22(:00 +01:00), 20260305, 5/3/2026, 05.03.2026, 5/3-26: day before month, as
 * Swedish exports write it. Undefined when it is not a date.
 */
export function parseSwedishDate(text: string): string | undefined {
  const parts = dateParts(text);
  return parts && valid(...parts);
}

/**
 * Written as a date or a month (30/2/2026, 2026-13), though the calendar has no such day or month: said so,
 * not that the form is wrong.
 */
export function isMissingDay(text: string): boolean {
  const parts = dateParts(text) ?? monthParts(text.trim().toLowerCase());
  return parts !== undefined && valid(...parts) === undefined;
}

/** A month as statistics write it (2026-03, 2026M03), as its first day. */
function monthParts(value: string): [number, number, number] | undefined {
  const month = /^(\d{4})(?:-|m)(\d{1,2})$/.exec(value);
  return month ? [Number(month[1]), Number(month[2]), 1] : undefined;
}

/** "1 234", "2,0", "3": a whole number; undefined for what is not one (2,5 included). */
export function parseCount(text: string): number | undefined {
  const value = text
    .trim()
    .replace(/[\s\u00a0]/g, '')
    .replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(value)) return undefined;
  const number = Number(value);
  return Number.isInteger(number) ? number : undefined;
}

const months = ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];

/**
 * A period as statistics write it, read as its first day: 2026-03, 2026M03 or "mars 2026" a month; 2026K1,
 * 2026 Q1, "2026 kvartal 1" or "K1 2026" a quarter (Brå publishes by month and by quarter). Undefined otherwise.
 */
export function parsePeriodStart(text: string): string | undefined {
  const value = text.trim().toLowerCase();
  const month = monthParts(value);
  if (month) return valid(...month);
  const quarterAfter = /^(\d{4})\s*(?:k|q|kv|kvartal)\s*([1-4])$/.exec(value);
  const quarterBefore = /^(?:k|q|kv|kvartal)\s*([1-4])\s+(\d{4})$/.exec(value);
  const quarter = quarterAfter
    ? [quarterAfter[1], quarterAfter[2]]
    : quarterBefore
      ? [quarterBefore[2], quarterBefore[1]]
      : undefined;
  if (quarter) return valid(Number(quarter[0]), (Number(quarter[1]) - 1) * 3 + 1, 1);
  const named = /^([a-zåäö]{3})[a-zåäö]*\.?\s+(\d{4})$/.exec(value);
  const index = named ? months.indexOf(named[1]!) : -1;
  if (named && index >= 0) return valid(Number(named[2]), index + 1, 1);
  return undefined;
}
