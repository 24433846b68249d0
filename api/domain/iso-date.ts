import { z } from 'zod';
import { bilingual } from '../i18n/bilingual.js';
import { datedYears, isDatedYear, isIsoDate } from './calendar-date.js';

const outsideText = bilingual(
  `ange ett datum mellan ${datedYears.first}-01-01 och ${datedYears.last}-12-31`,
  `give a date between ${datedYears.first}-01-01 and ${datedYears.last}-12-31`,
);

/** A calendar date as YYYY-MM-DD that exists (no 30 February) in a year the product keeps, with the message people see when it is not. */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, {
    error: bilingual('ange ett datum som ÅÅÅÅ-MM-DD', 'give a date as YYYY-MM-DD'),
    abort: true,
  })
  // Written right but not in the calendar (2026-02-29, 2026-13-01): said so, not that the form is wrong.
  .refine(isIsoDate, {
    error: bilingual('datumet finns inte i kalendern', 'the date does not exist in the calendar'),
    abort: true,
  })
  .refine(isDatedYear, { error: outsideText });
