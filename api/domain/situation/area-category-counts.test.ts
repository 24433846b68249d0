import { describe, expect, it } from 'vitest';
import { areaCategoryCounts } from './area-category-counts.js';
import { compileQuarter } from './compilation.js';

const entry = (date: string, area: string, category: string, count = 1) => ({ date, area, category, count });

describe('counts per area and category', () => {
  it('weighs each entry by its count and adds up per area to the quarter’s counts per area', () => {
    const entries = [
      entry('2026-07-02', 'Torget', 'klotter', 3),
      entry('2026-08-01', 'Torget', 'klotter'),
      entry('2026-08-03', 'Torget', 'stold'),
      entry('2026-09-30', 'Hamnen', 'klotter', 2),
      entry('2026-06-30', 'Hamnen', 'stold', 9),
    ];
    const compiled = compileQuarter(entries, [], 2026, 3);
    expect(compiled.byAreaAndCategory).toEqual([
      { area: 'Torget', category: 'klotter', count: 4 },
      { area: 'Hamnen', category: 'klotter', count: 2 },
      { area: 'Torget', category: 'stold', count: 1 },
    ]);
    for (const row of compiled.byArea.filter((r) => r.count > 0)) {
      expect(compiled.byAreaAndCategory.filter((r) => r.area === row.key).reduce((sum, r) => sum + r.count, 0)).toBe(
        row.count,
      );
    }
    expect(areaCategoryCounts([])).toEqual([]);
  });
});
