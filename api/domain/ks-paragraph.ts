import { z } from 'zod';
import { bilingual } from '../i18n/bilingual.js';

/**
 * A paragraph of kommunstyrelsen's minutes, written "§ 45", "§45" or "45" (a letter may follow: § 45a), kept as
 * "§ 45": the plan's decision and the year's milestone for it name the paragraph alike.
 */
export const ksParagraphSchema = z
  .string()
  .trim()
  .min(1, { error: bilingual('ange paragraf, till exempel § 45', 'give the paragraph, for example § 45') })
  .max(40)
  .regex(/^(§\s*)?\d+[a-z]?$/i, {
    error: bilingual('ange paragraf som § 45 eller 45', 'give the paragraph as § 45 or 45'),
  })
  .transform((paragraph) => `§ ${paragraph.replace(/^§\s*/, '')}`);
