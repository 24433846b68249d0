import { z } from 'zod';
import { bilingual } from '../i18n/bilingual.js';
import { isIsoDate } from './calendar-date.js';
import { servedYears } from './served-years.js';

/**
 * The years a date the product keeps may fall in: Brå's and the police's long series reach back decades, and
 * nothing is planned past the last served year. A year like 0001 or 9999 is a slip of the keyboard or an empty
 * spreadsheet cell (Excel's day 0 is 1899-12-30), and it would sort before or after every real date.
 */
export const datedYears = { first: 1900, last: servedYears.last } as const;

/** Whether a calendar date (YYYY-MM-DD) falls in `datedYears`. */
export function isDatedYear(date: string): boolean {
  const year = Number(date.slice(0, 4));
  return year >= datedYears.first && year <= datedYears.last;
}

const outsideText = bilingual(
  `ange ett datum mellan ${datedYears.first}-01-01 och ${datedYears.last}-12-31`,
  `give a date between ${datedYears.first}-01-01 and ${datedYears.last}-12-31`,
);

/** A calendar date as YYYY-MM-DD that exists (no 30 February) in a year the product keeps, with the message people see when it is not. */
export const isoDateSchema = z
  .string()
  .refine(isIsoDate, {
    error: bilingual('ange ett datum som ÅÅÅÅ-MM-DD', 'give a date as YYYY-MM-DD'),
    abort: true,
  })
  .refine(isDatedYear, { error: outsideText });
