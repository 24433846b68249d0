import { entryInputSchema } from '../../api/domain/situation/entry-query.js';

/** An entry as the API answered it, cut to the fields a PUT takes (the router refuses any other). */
export function entryInputOf(entry: Record<string, unknown>): Record<string, unknown> {
  const fields = Object.keys(entryInputSchema.shape);
  return Object.fromEntries(Object.entries(entry).filter(([key]) => fields.includes(key)));
}
