import { z } from 'zod';

/**
 * The template's text fields, apart from the template itself: the tab counts toward their limits, and the
 * template's module reaches the year wheel's holiday tables, which stay on the server.
 */
export const bilingualTextSchema = z.object({
  sv: z.string().trim().min(1).max(200),
  en: z.string().trim().min(1).max(200),
});

export const municipalityNameSchema = z.string().trim().min(1).max(120);
