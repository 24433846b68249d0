import { describe, expect, it } from 'vitest';
import { writtenDate } from './dates.js';

describe('writtenDate', () => {
  it('writes a calendar date out in Swedish and English, whatever the time zone', () => {
    expect(writtenDate('2026-12-10', 'sv')).toBe('10 december 2026');
    expect(writtenDate('2027-02-28', 'en')).toBe('28 February 2027');
    expect(writtenDate('2026-01-01T23:30:00+01:00', 'sv')).toBe('1 januari 2026');
  });
});
