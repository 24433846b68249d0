import { z } from 'zod';
import { atMostRows } from '../i18n/limits.js';

/**
 * A list of references that is a set (an actor's members, the actors at a council): the same one twice would
 * show twice, count twice and be removed once, so it is kept once. Merged rather than refused, so a list
 * stored before with a repeat still reads. Past `max` it is refused saying what it holds ("högst 50 företrädare").
 */
export function distinctList<T extends z.ZodType>(item: T, max: number, what: { sv: string; en: string }) {
  return z
    .array(item)
    .overwrite((list) => [...new Set(list)])
    .max(max, { error: atMostRows(max, what) });
}
