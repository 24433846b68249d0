import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { distinctList } from './distinct-list.js';

describe('distinctList', () => {
  it('keeps each reference once, in the order first given, and counts the set against its bound', () => {
    const ids = distinctList(z.string().trim().min(1), 2, { sv: 'aktörer', en: 'actors' });
    expect(ids.parse(['b', 'a', 'b', ' a '])).toEqual(['b', 'a']);
    expect(ids.safeParse(['a', 'b', 'c']).error?.issues[0]?.message).toBe('högst 2 aktörer');
    expect(ids.safeParse(['a', '']).success).toBe(false);
  });
});
