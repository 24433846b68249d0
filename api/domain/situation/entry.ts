import { z } from 'zod';
import { textLimits } from '../text-limits.js';
import { type Bilingual, bilingual } from '../../i18n/bilingual.js';
import { atMostCharacters, atMostRows } from '../../i18n/limits.js';
import { isoDateSchema } from '../iso-date.js';
import { guardedText } from '../personal-data.js';
import { cleanName } from '../names.js';

/** Where an entry of the continuous lägesbild comes from. */
export const entrySourceSchema = z.enum(['department', 'actor', 'est', 'police', 'bra', 'other']);
export type EntrySource = z.infer<typeof entrySourceSchema>;

export const entrySourceTitles: Record<EntrySource, { sv: string; en: string }> = {
  department: { sv: 'Förvaltning', en: 'Department' },
  actor: { sv: 'Aktör', en: 'Actor' },
  est: { sv: 'EST', en: 'EST' },
  police: { sv: 'Polisen', en: 'Police' },
  bra: { sv: 'Brå', en: 'Brå' },
  other: { sv: 'Annat', en: 'Other' },
};

export const entryCategorySchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{1,60}$/, {
    error: bilingual('ogiltigt kategori-id (a–z, 0–9, -)', 'invalid category id (a–z, 0–9, -)'),
  }),
  sv: z
    .string()
    .overwrite(cleanName)
    .min(1, { error: bilingual('ange kategorins namn', 'give the category’s name') })
    .max(60),
  en: z.string().overwrite(cleanName).max(60).default(''),
  /** Removed from the list but still used by BOB entries, which keep it; only the BOB group sees it. */
  retired: z.boolean().optional(),
});
export type EntryCategory = z.infer<typeof entryCategorySchema>;

/** How many categories the list holds: the tab's add button stops there. */
export const categoriesMax = 100;

export const entryCategoriesSchema = z
  .array(entryCategorySchema)
  .min(1, { error: bilingual('minst en kategori behövs', 'at least one category is needed') })
  .max(categoriesMax, { error: atMostRows(categoriesMax, { sv: 'kategorier', en: 'categories' }) })
  .refine((list) => new Set(list.map((c) => c.id)).size === list.length, {
    error: bilingual('två kategorier har samma id', 'two categories share an id'),
  });

/**
 * The categories new entries are sorted into: a retired one exists only for the BOB entries that keep it, so
 * it is no choice in a card, an import or a shared entry, and its name reaches nobody outside the group.
 */
export function categoriesInUse<T extends Pick<EntryCategory, 'retired'>>(categories: readonly T[]): T[] {
  return categories.filter((category) => !category.retired);
}

/**
 * The refusal of a category that is not in use, unknown and retired alike, so it tells nothing about a retired
 * one (entries, and an import's mapping).
 */
export const notACategoryInUse: Bilingual = {
  sv: 'välj en av kategorierna i listan',
  en: 'choose one of the categories in the list',
};

/** The usual EST categories; the säkerhetschef can change the list in Inställningar. */
export const defaultEntryCategories: EntryCategory[] = [
  { id: 'skadegorelse', sv: 'Skadegörelse', en: 'Vandalism' },
  { id: 'klotter', sv: 'Klotter', en: 'Graffiti' },
  { id: 'nedskrapning', sv: 'Nedskräpning', en: 'Littering' },
  { id: 'otrygg-plats', sv: 'Otrygg plats', en: 'Unsafe place' },
  { id: 'narkotika', sv: 'Narkotika', en: 'Drugs' },
  { id: 'ordningsstorning', sv: 'Ordningsstörning', en: 'Public disorder' },
  { id: 'vald', sv: 'Våld', en: 'Violence' },
  { id: 'stold-inbrott', sv: 'Stöld/inbrott', en: 'Theft/burglary' },
  { id: 'fordon-buskorning', sv: 'Fordon/buskörning', en: 'Vehicles/reckless driving' },
  { id: 'hot-mot-anstalld', sv: 'Hot mot anställd', en: 'Threat against staff' },
  { id: 'brand', sv: 'Brand/anlagd brand', en: 'Fire/arson' },
  { id: 'ovrigt', sv: 'Övrigt', en: 'Other' },
];

/**
 * One entry of the continuous lägesbild: something observed at a place, at a date. Entries describe places,
 * situations and trends, never individuals. Imported police statistics carry a count; an observation is 1.
 */
export const situationEntrySchema = z.object({
  date: isoDateSchema,
  area: guardedText(
    z
      .string()
      .trim()
      .min(1, { error: bilingual('ange område eller plats', 'give an area or place') })
      .max(120, { error: atMostCharacters(120) }),
  ),
  /** An id from the configured category list. */
  category: z
    .string()
    .trim()
    .min(1, { error: bilingual('välj en kategori', 'choose a category') })
    .max(60),
  /** The reporter's own word when it was not in the list ("Annat – beskriv"), for the säkerhetschef to map. */
  categoryText: guardedText(z.string().trim().max(60)).default(''),
  source: entrySourceSchema,
  /** The department the entry came from, when it did; its head may change it. */
  departmentId: z.string().nullable().default(null),
  /** The actor (from the registry) the entry came from, when it did; the actor's people may change it. */
  actorId: z.string().nullable().default(null),
  /** Which department or actor, or the imported file's name. */
  sourceName: guardedText(z.string().trim().max(200)).default(''),
  description: guardedText(
    z
      .string()
      .trim()
      .max(textLimits.description, { error: atMostCharacters(textLimits.description) }),
  ).default(''),
  /** A new kind of event or phenomenon: the plan says these are gathered for the annual lägesbild. */
  newPhenomenon: z.boolean().default(false),
  /** Only BOB members can set or see it. */
  bob: z.boolean().default(false),
  count: z.number().int().min(1).max(1_000_000).default(1),
  /** Brå's figures come preliminary first; the final ones replace them when imported. */
  preliminary: z.boolean().default(false),
  /** The import the entry came from, and the stable key of its row: the same row imported twice adds nothing. */
  importId: z.string().nullable().default(null),
  importKey: z.string().nullable().default(null),
});
export type SituationEntry = z.infer<typeof situationEntrySchema>;

/**
 * An entry as read back from the store: the same shape, without checking every text for personal identity
 * numbers again (they were refused on the way in), which keeps reading a year of entries fast.
 */
export const storedSituationEntrySchema: z.ZodType<SituationEntry> = z.object({
  date: z.string(),
  area: z.string(),
  category: z.string(),
  // Entries from before the column have none.
  categoryText: z
    .string()
    .nullish()
    .transform((text) => text ?? ''),
  source: entrySourceSchema,
  departmentId: z.string().nullable().default(null),
  // Entries from before the column have none.
  actorId: z
    .string()
    .nullish()
    .transform((id) => id ?? null),
  sourceName: z.string().default(''),
  description: z.string().default(''),
  newPhenomenon: z.boolean().default(false),
  bob: z.boolean().default(false),
  count: z.number().int().default(1),
  // Entries from before Brå's figures were imported have no such column.
  preliminary: z
    .boolean()
    .nullish()
    .transform((value) => value ?? false),
  importId: z.string().nullable().default(null),
  importKey: z.string().nullable().default(null),
});
