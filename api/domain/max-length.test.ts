import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { planActionInputSchema } from './action.js';
import { lineLimit, maxLengthOf } from './max-length.js';
import { freeText } from './personal-data.js';
import { situationEntrySchema } from './situation/entry.js';

describe('the limit a text schema refuses at', () => {
  it('is read through the guard, a pipe, a default and a nullable', () => {
    expect(maxLengthOf(freeText(200).pipe(z.string().min(1)))).toBe(200);
    expect(maxLengthOf(freeText(500).default(''))).toBe(500);
    expect(maxLengthOf(z.string().max(40).nullable().default(null))).toBe(40);
  });

  it('is the one the service applies to the fields the tab counts', () => {
    expect(lineLimit(planActionInputSchema.shape.title)).toBe(200);
    expect(lineLimit(planActionInputSchema.shape.indicator)).toBe(500);
    expect(lineLimit(situationEntrySchema.shape.area)).toBe(120);
    const title = planActionInputSchema.shape.title;
    expect(title.safeParse('a'.repeat(200)).success).toBe(true);
    expect(title.safeParse('a'.repeat(201)).success).toBe(false);
  });

  it('is none for a schema without one, and a field to count must have one', () => {
    expect(maxLengthOf(z.string())).toBeUndefined();
    expect(maxLengthOf(z.number().max(5))).toBeUndefined();
    expect(() => lineLimit(z.string())).toThrow(/no maximum length/);
  });
});
