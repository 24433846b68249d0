import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { distinctList } from './distinct-list.js';

describe('distinctList', () => {
  it('keeps each reference once, in the order first given, and counts the set against its bound', () => {
    const ids = distinctList(z.string().trim().min(1), 2);
    expect(ids.parse(['b', 'a', 'b', ' a '])).toEqual(['b', 'a']);
    expect(ids.safeParse(['a', 'b', 'c']).success).toBe(false);
    expect(ids.safeParse(['a', '']).success).toBe(false);
  });
});
