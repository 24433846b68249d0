import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { DomainError } from '../domain/errors/domain-error.js';
import { parseRequestPart } from './validation.js';

/** The refusal's text, its numbers' no-break spaces (as Swedish writes 1 000 000) read as spaces. */
function refusal(schema: z.ZodType, value: unknown): DomainError['text'] {
  try {
    parseRequestPart(schema, value, 'body');
  } catch (error) {
    const { sv, en } = (error as DomainError).text;
    return { sv: sv.replaceAll('\u00A0', ' '), en: en.replaceAll('\u00A0', ' ') };
  }
  throw new Error('not refused');
}

describe('parseRequestPart', () => {
  it('tells a huge whole number the field’s own bound, not zod’s ±2^53', () => {
    const count = z.object({ count: z.number().int().min(1).max(1_000_000) });
    expect(refusal(count, { count: 1e308 }).sv).toBe('Ogiltigt värde i innehållet: count: högst 1 000 000');
    expect(refusal(count, { count: -1e308 }).en).toBe('Invalid value in the body: count: at least 1');
    // Where the field has no bound of its own, zod's is what there is to say.
    expect(refusal(z.object({ n: z.number().int() }), { n: 1e308 }).sv).toBe(
      'Ogiltigt värde i innehållet: n: högst 9 007 199 254 740 991',
    );
  });
});
