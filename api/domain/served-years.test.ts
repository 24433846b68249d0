import { describe, expect, it } from 'vitest';
import { servedYearOf, servedYears } from './served-years.js';

describe('servedYearOf', () => {
  it('takes a served year as an address writes it, and nothing else', () => {
    expect(servedYearOf('2026')).toBe(2026);
    expect(servedYearOf(String(servedYears.first))).toBe(servedYears.first);
    expect(servedYearOf(String(servedYears.last))).toBe(servedYears.last);
    for (const text of [
      undefined,
      '',
      '1899',
      '1999',
      '2101',
      '9999',
      '99999',
      '-2026',
      '2026.5',
      ' 2026',
      'abc',
      '２０２６',
    ])
      expect(servedYearOf(text), String(text)).toBeUndefined();
  });
});
