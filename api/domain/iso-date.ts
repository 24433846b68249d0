import { z } from 'zod';
import { bilingual } from '../i18n/bilingual.js';
import { isIsoDate } from './calendar-date.js';

/** A calendar date as YYYY-MM-DD that exists (no 30 February), with the message people see when it does not. */
export const isoDateSchema = z
  .string()
  .refine(isIsoDate, { error: bilingual('ange ett datum som ÅÅÅÅ-MM-DD', 'give a date as YYYY-MM-DD') });
