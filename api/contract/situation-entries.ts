import { z } from 'zod';
import { entryCategoriesSchema, situationEntrySchema } from '../domain/situation/entry.js';

/** What the entry routes answer: an entry with its id and ETag, a page of them, the categories. */
export const entrySchema = situationEntrySchema
  .extend({ id: z.string(), etag: z.string() })
  .meta({ id: 'SituationEntry' });
export const pageSchema = z
  .object({ entries: z.array(entrySchema), total: z.number(), offset: z.number(), limit: z.number() })
  .meta({ id: 'SituationEntryPage' });
export const categoriesResponse = z
  .object({ categories: entryCategoriesSchema, etag: z.string() })
  .meta({ id: 'EntryCategories' });

/** What GET /api/situation/places answers: the places to offer an entry's writer, in Swedish order. */
export const placesResponse = z.object({ places: z.array(z.string()) }).meta({ id: 'Places' });

export type PlacesJson = z.infer<typeof placesResponse>;
export type EntryJson = z.infer<typeof entrySchema>;
export type EntryPageJson = z.infer<typeof pageSchema>;
export type CategoriesJson = z.infer<typeof categoriesResponse>;
