import { otherCategoryChoice } from '../department-report.js';
import { z } from 'zod';
import { bilingual } from '../../i18n/bilingual.js';
import { isoDateSchema } from '../iso-date.js';
import { entrySourceSchema, situationEntrySchema, type SituationEntry } from './entry.js';

/** What a person writes in an entry; where it came from in an import is the import's business. */
export const entryInputSchema = situationEntrySchema.pick({
  date: true,
  area: true,
  category: true,
  categoryText: true,
  source: true,
  sourceName: true,
  departmentId: true,
  actorId: true,
  description: true,
  newPhenomenon: true,
  bob: true,
  count: true,
});
export type EntryInput = z.infer<typeof entryInputSchema>;

/** A count in a query string as digits (not 0x10, 1e3 or 10.0). */
const wholeNumber = z
  .string()
  .regex(/^\d{1,9}$/, { error: bilingual('ange ett heltal med siffror', 'give a whole number in digits') })
  .transform(Number);

/** The entries list's filters: a period, the indexed columns, and free text. */
export const entryQuerySchema = z
  .object({
    from: isoDateSchema.optional(),
    to: isoDateSchema.optional(),
    area: z.string().trim().min(1).max(120).optional(),
    category: z.string().trim().min(1).max(60).optional(),
    source: entrySourceSchema.optional(),
    newPhenomenon: z
      .enum(['true', 'false'], { error: bilingual('ange true eller false', 'give true or false') })
      .transform((value) => value === 'true')
      .optional(),
    q: z.string().trim().max(200).optional(),
    offset: wholeNumber.pipe(z.number().min(0)).default(0),
    limit: wholeNumber.pipe(z.number().min(1).max(500)).default(50),
  })
  // A period that ends before it starts holds nothing: said beside the end, not answered with an empty list.
  .refine((query) => !query.from || !query.to || query.from <= query.to, {
    path: ['to'],
    error: bilingual('ange ett datum på eller efter startdatumet', 'give a date on or after the start date'),
  });
export type EntryQuery = z.infer<typeof entryQuerySchema>;

/** Free-text search over what a person reads in an entry, ignoring case. */
export function matchesSearch(
  entry: Pick<SituationEntry, 'area' | 'description' | 'sourceName'>,
  q: string | undefined,
): boolean {
  if (!q) return true;
  const needle = q.toLocaleLowerCase('sv');
  return [entry.area, entry.description, entry.sourceName].some((text) =>
    text.toLocaleLowerCase('sv').includes(needle),
  );
}

/** Words the police and EST use for the default categories, so their files sort themselves. */
const synonyms: Record<string, string> = {
  misshandel: 'vald',
  'misshandel, grov': 'vald',
  rån: 'vald',
  'våld mot tjänsteman': 'hot-mot-anstalld',
  'olaga hot': 'hot-mot-anstalld',
  stöld: 'stold-inbrott',
  inbrott: 'stold-inbrott',
  'stöld/inbrott': 'stold-inbrott',
  cykelstöld: 'stold-inbrott',
  narkotikabrott: 'narkotika',
  trafikbrott: 'fordon-buskorning',
  rattfylleri: 'fordon-buskorning',
  buskörning: 'fordon-buskorning',
  brand: 'brand',
  mordbrand: 'brand',
  'fylleri/lob': 'ordningsstorning',
  ordningslagen: 'ordningsstorning',
  tags: 'klotter',
};

/** A report observation's category and the word to keep beside it when the list did not have it as written. */
export function observationCategory(
  observation: { category: string; categoryOther?: string },
  categories: readonly { id: string; sv: string; en: string }[],
): { category: string; categoryText: string } {
  const word = observation.category === otherCategoryChoice ? (observation.categoryOther ?? '') : observation.category;
  const exact = categories.find(
    (c) => c.id === word || c.sv.toLocaleLowerCase('sv') === word.trim().toLocaleLowerCase('sv'),
  );
  return exact
    ? { category: exact.id, categoryText: '' }
    : { category: categoryFor(word, categories), categoryText: word.trim() };
}

/** A category for free text such as a report's observation or a file's word: by id, name or usual synonym, else "övrigt". */
export function categoryFor(text: string, categories: readonly { id: string; sv: string; en: string }[]): string {
  const wanted = text.trim().toLocaleLowerCase('sv');
  const found =
    categories.find(
      (c) => c.id === wanted || c.sv.toLocaleLowerCase('sv') === wanted || c.en.toLocaleLowerCase('en') === wanted,
    ) ?? categories.find((c) => c.id === synonyms[wanted]);
  return (found ?? categories.find((c) => c.id === 'ovrigt') ?? categories[categories.length - 1]!).id;
}
