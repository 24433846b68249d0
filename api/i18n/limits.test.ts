import { describe, expect, it } from 'vitest';
import { englishTwin } from './bilingual.js';
import { atMostCharacters, atMostRows } from './limits.js';

describe('a text field’s limit', () => {
  it('is written with the thousands apart, in Swedish and in English', () => {
    const sv = atMostCharacters(20_000);
    expect(sv).toBe('högst 20\u00a0000 tecken');
    expect(englishTwin(sv)).toBe('at most 20,000 characters');
    expect(atMostCharacters(120)).toBe('högst 120 tecken');
  });
});

describe('a list’s limit', () => {
  it('says what the list holds, in Swedish and in English', () => {
    const sv = atMostRows(200, { sv: 'åtaganden', en: 'commitments' });
    expect(sv).toBe('högst 200 åtaganden');
    expect(englishTwin(sv)).toBe('at most 200 commitments');
  });
});
