import { z } from 'zod';

/**
 * A list of references that is a set (an actor's members, the actors at a council): the same one twice would
 * show twice, count twice and be removed once, so it is kept once. Merged rather than refused, so a list
 * stored before with a repeat still reads.
 */
export function distinctList<T extends z.ZodType>(item: T, max: number) {
  return z
    .array(item)
    .overwrite((list) => [...new Set(list)])
    .max(max);
}
