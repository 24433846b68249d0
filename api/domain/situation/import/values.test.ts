import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isMissingDay, parseCount, parsePeriodStart, parseSwedishDate } from './values.js';

describe('Swedish values in imported files', () => {
  it('reads the date formats Swedish exports use, day before month', () => {
    expect(parseSwedishDate('2026-03-05')).toBe('2026-03-05');
    expect(parseSwedishDate('2026-03-05 14:22:00 +01:00')).toBe('2026-03-05');
    expect(parseSwedishDate('20260305')).toBe('2026-03-05');
    expect(parseSwedishDate('5/3/2026')).toBe('2026-03-05');
    expect(parseSwedishDate('05.03.2026')).toBe('2026-03-05');
    expect(parseSwedishDate('5/3-26')).toBe('2026-03-05');
    expect(parseSwedishDate('2026-02-29')).toBeUndefined();
    expect(parseSwedishDate('2028-02-29')).toBe('2028-02-29');
    expect(parseSwedishDate('mars')).toBeUndefined();
  });

  it('tells a day the calendar lacks from what is written as no date at all', () => {
    for (const missing of [
      '2026-02-29',
      '30/2/2026',
      '31.04.2026',
      '20261301',
      '0/1/2026',
      '2026-02-30 14:00',
      '2026-13',
      '2026M00',
    ])
      expect(isMissingDay(missing), missing).toBe(true);
    for (const other of ['2028-02-29', '5/3/2026', 'mars 2026', '2026-12', '2026K5', 'i går', '', '2026/02/30'])
      expect(isMissingDay(other), other).toBe(false);
  });

  it('reads whole numbers with a decimal comma or spaces, and refuses fractions', () => {
    expect(parseCount('3')).toBe(3);
    expect(parseCount('2,0')).toBe(2);
    expect(parseCount('1 234')).toBe(1234);
    expect(parseCount('2,5')).toBeUndefined();
    expect(parseCount('')).toBeUndefined();
  });

  it('reads back every ISO date it is given in any of the formats', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }),
        (date) => {
          const iso = date.toISOString().slice(0, 10);
          const [y, m, d] = iso.split('-');
          expect(parseSwedishDate(iso)).toBe(iso);
          expect(parseSwedishDate(`${Number(d)}/${Number(m)}/${y}`)).toBe(iso);
          expect(parseSwedishDate(`${d}.${m}.${y}`)).toBe(iso);
        },
      ),
    );
  });

  it('reads the periods statistics are published by as their first day', () => {
    expect(['2026-03', '2026M03', 'mars 2026', 'Mar 2026'].map(parsePeriodStart)).toEqual([
      '2026-03-01',
      '2026-03-01',
      '2026-03-01',
      '2026-03-01',
    ]);
    expect(['2026K2', '2026 Q2', '2026 kvartal 2', 'K2 2026', 'kv 2 2026'].map(parsePeriodStart)).toEqual(
      Array(5).fill('2026-04-01'),
    );
    expect(['2026-13', '2026 K5', 'Kvartal', '2026', 'mars'].map(parsePeriodStart)).toEqual(Array(5).fill(undefined));
  });
});
