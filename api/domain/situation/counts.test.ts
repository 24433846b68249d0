import { describe, expect, it } from 'vitest';
import {
  asCountables,
  countChanges,
  countKey,
  countsOf,
  normalisedCounts,
  periodIndex,
  periodOf,
  quarterOfDate,
} from './counts.js';
import { quarterTrend } from './trend.js';

const entry = (date: string, category: string, count = 1, area = 'Torget') => ({
  date,
  area,
  category,
  source: 'est' as const,
  count,
});

describe('the lägesbild counted ahead', () => {
  it('numbers quarters on one line and finds a date’s quarter', () => {
    expect(periodOf(periodIndex(2026, 4))).toEqual({ year: 2026, quarter: 4 });
    expect(periodIndex(2027, 1) - periodIndex(2026, 4)).toBe(1);
    expect(quarterOfDate('2026-03-31')).toEqual({ year: 2026, quarter: 1 });
    expect(quarterOfDate('2026-04-01')).toEqual({ year: 2026, quarter: 2 });
  });

  it('changes counts by what entries add and remove, leaving out what cancels', () => {
    const changes = countChanges(
      [entry('2026-02-01', 'klotter', 3), entry('2026-05-01', 'klotter')],
      [entry('2026-05-20', 'klotter')],
    );
    expect([...changes.values()]).toEqual([
      { year: 2026, quarter: 1, category: 'klotter', area: 'Torget', source: 'est', count: 3 },
    ]);
  });

  it('reads stored counts the same however they were split, and as entries on the quarter’s first day', () => {
    const counts = countsOf([entry('2026-02-01', 'klotter', 2), entry('2026-02-03', 'klotter')]);
    expect(normalisedCounts([...counts, { ...counts[0]!, count: -3 }])).toEqual([]);
    expect(asCountables(counts)).toEqual([
      { date: '2026-01-01', area: 'Torget', category: 'klotter', source: 'est', count: 3 },
    ]);
  });

  it('counts preliminary figures apart, under a key of their own, and final ones under the key they always had', () => {
    const [final] = countsOf([entry('2026-02-01', 'vald', 2)]);
    const [prel] = countsOf([{ ...entry('2026-02-01', 'vald', 3), preliminary: true }]);
    expect(prel).toMatchObject({ preliminary: true, count: 3 });
    expect(countKey(final!)).toBe(JSON.stringify([2026, 1, 'vald', 'Torget', 'est']));
    expect(countKey(prel!)).not.toBe(countKey(final!));
    expect(asCountables([prel!])[0]).toMatchObject({ preliminary: true });
  });

  it('gives the eight quarters up to one, per category, most events first, nothing outside them', () => {
    const trend = quarterTrend(
      [
        entry('2024-12-31', 'klotter', 9),
        entry('2025-01-15', 'klotter', 2),
        entry('2026-12-01', 'brand'),
        entry('2026-12-02', 'brand'),
        entry('2027-01-01', 'brand', 5),
      ],
      2026,
      4,
    );
    expect(trend.quarters[0]).toEqual({ year: 2025, quarter: 1 });
    expect(trend.quarters[7]).toEqual({ year: 2026, quarter: 4 });
    expect(trend.byCategory).toEqual([
      {
        key: 'brand',
        counts: [0, 0, 0, 0, 0, 0, 0, 2],
        preliminary: [false, false, false, false, false, false, false, false],
      },
      {
        key: 'klotter',
        counts: [2, 0, 0, 0, 0, 0, 0, 0],
        preliminary: [false, false, false, false, false, false, false, false],
      },
    ]);
    expect(trend.total).toEqual([2, 0, 0, 0, 0, 0, 0, 2]);
  });
});
