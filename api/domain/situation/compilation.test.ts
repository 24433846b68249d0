import { describe, expect, it } from 'vitest';
import { compileQuarter, countText, previousQuarter, quarterPeriod } from './compilation.js';

const entry = (date: string, area: string, category: string, count = 1, newPhenomenon = false) => ({
  date,
  area,
  category,
  count,
  newPhenomenon,
  description: `${category} vid ${area}`,
  source: 'est' as const,
  sourceName: 'EST',
});

// Hand-counted: Q1 2026 against Q4 2025 (the quarter before, across the year boundary) and Q1 2025.
const fixture = [
  entry('2025-01-15', 'Torget', 'klotter'),
  entry('2025-03-31', 'Torget', 'klotter', 2),
  entry('2025-02-01', 'Hamnen', 'skadegorelse'),
  entry('2025-10-01', 'Torget', 'klotter'),
  entry('2025-12-31', 'Hamnen', 'skadegorelse', 3),
  entry('2026-01-01', 'Torget', 'klotter', 2),
  entry('2026-02-10', 'Torget', 'klotter'),
  entry('2026-03-31', 'Resecentrum', 'ordningsstorning', 4, true),
  entry('2026-04-01', 'Torget', 'klotter', 9),
  entry('2024-12-31', 'Torget', 'klotter', 9),
];

describe('the quarterly compilation', () => {
  it('knows the quarters and the one before, across the year boundary', () => {
    expect(quarterPeriod(2028, 1)).toMatchObject({ from: '2028-01-01', to: '2028-03-31' });
    expect(quarterPeriod(2028, 4)).toMatchObject({ from: '2028-10-01', to: '2028-12-31' });
    expect(quarterPeriod(2026, 2)).toMatchObject({ from: '2026-04-01', to: '2026-06-30' });
    expect(previousQuarter(2026, 1)).toEqual({ year: 2025, quarter: 4 });
    expect(previousQuarter(2026, 3)).toEqual({ year: 2026, quarter: 2 });
  });

  it('counts by category and area with the change against the quarter before and a year earlier', () => {
    const compiled = compileQuarter(fixture, fixture, 2026, 1);
    expect(compiled.total).toMatchObject({
      count: 7,
      previousQuarter: 4,
      sameQuarterLastYear: 4,
      changeFromPrevious: { absolute: 3, percent: 75 },
      changeFromLastYear: { absolute: 3, percent: 75 },
    });
    expect(compiled.byCategory).toEqual([
      {
        key: 'ordningsstorning',
        count: 4,
        preliminary: false,
        previousQuarter: 0,
        sameQuarterLastYear: 0,
        changeFromPrevious: { absolute: 4, percent: null },
        changeFromLastYear: { absolute: 4, percent: null },
      },
      {
        key: 'klotter',
        count: 3,
        preliminary: false,
        previousQuarter: 1,
        sameQuarterLastYear: 3,
        changeFromPrevious: { absolute: 2, percent: 200 },
        changeFromLastYear: { absolute: 0, percent: 0 },
      },
      {
        key: 'skadegorelse',
        count: 0,
        preliminary: false,
        previousQuarter: 3,
        sameQuarterLastYear: 1,
        changeFromPrevious: { absolute: -3, percent: -100 },
        changeFromLastYear: { absolute: -1, percent: -100 },
      },
    ]);
    expect(compiled.byArea.map((row) => [row.key, row.count, row.previousQuarter, row.sameQuarterLastYear])).toEqual([
      ['Resecentrum', 4, 0, 0],
      ['Torget', 3, 1, 3],
      ['Hamnen', 0, 3, 1],
    ]);
    expect(compiled.mostAffected).toEqual([
      { area: 'Resecentrum', count: 4 },
      { area: 'Torget', count: 3 },
    ]);
    expect(compiled.newPhenomena).toEqual([
      {
        date: '2026-03-31',
        area: 'Resecentrum',
        category: 'ordningsstorning',
        description: 'ordningsstorning vid Resecentrum',
        source: 'est',
        sourceName: 'EST',
      },
    ]);
  });

  it('marks a count that holds preliminary figures, in the quarter it is in', () => {
    const prel = {
      date: '2026-02-01',
      area: 'Hela kommunen',
      category: 'vald',
      count: 4,
      preliminary: true,
      description: '',
      newPhenomenon: false,
      source: 'bra' as const,
      sourceName: 'Brå',
    };
    const compiled = compileQuarter([...fixture, prel], [], 2026, 1);
    expect(compiled.byCategory.find((row) => row.key === 'vald')).toMatchObject({ count: 4, preliminary: true });
    expect(compiled.byCategory.find((row) => row.key === 'klotter')).toMatchObject({ preliminary: false });
    expect(compileQuarter([...fixture, prel], [], 2026, 2).byCategory.find((row) => row.key === 'vald')).toMatchObject({
      count: 0,
      previousQuarter: 4,
      preliminary: false,
    });
    expect(countText(4, true)).toBe('4 (prel.)');
    expect(countText(4)).toBe('4');
  });

  it('gives zero counts and no percentage for an empty quarter', () => {
    const compiled = compileQuarter([], [], 2026, 3);
    expect(compiled.total).toMatchObject({ count: 0, changeFromPrevious: { absolute: 0, percent: null } });
    expect(compiled.byCategory).toEqual([]);
  });

  it('counts a place written in several ways as one, under the spelling counted most', () => {
    const written = [
      ...fixture,
      entry('2026-02-11', 'TORGET', 'klotter'),
      entry('2026-02-12', 'torget', 'vald'),
      entry('2025-02-12', 'Torget\u200B', 'klotter'),
    ];
    const compiled = compileQuarter(written, [], 2026, 1);
    const torget = compiled.byArea.filter((row) => row.key.toLowerCase().startsWith('torget'));
    expect(torget).toEqual([expect.objectContaining({ key: 'Torget', count: 5, sameQuarterLastYear: 4 })]);
    expect(compiled.byAreaAndCategory.filter((row) => row.area !== 'Torget' && /torget/i.test(row.area))).toEqual([]);
    expect(compiled.mostAffected[0]).toEqual({ area: 'Torget', count: 5 });
  });
});
