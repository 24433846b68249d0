import type { EntrySource, SituationEntry } from './entry.js';
import { quarterTrend, type Trend } from './trend.js';
import { type AreaCategoryCount, areaCategoryCounts } from './area-category-counts.js';
import { withPlacesAlike } from './places.js';

import { previousQuarter, quarterPeriod, type Period, type Quarter } from './quarters.js';

export { previousQuarter, quarterPeriod, type Period, type Quarter };

export interface Change {
  absolute: number;
  /** Percent of the base, or null when the base is zero (no percentage of nothing). */
  percent: number | null;
}

export interface CountRow {
  key: string;
  count: number;
  /** The quarter's count holds preliminary figures: views and documents mark it "prel.". */
  preliminary: boolean;
  previousQuarter: number;
  sameQuarterLastYear: number;
  changeFromPrevious: Change;
  changeFromLastYear: Change;
}

export interface Compilation {
  period: Period;
  previous: Period;
  yearEarlier: Period;
  total: CountRow;
  byCategory: CountRow[];
  byArea: CountRow[];
  /** The quarter's counts per area split by category, for the map of one category. */
  byAreaAndCategory: AreaCategoryCount[];
  /** The places with the most events this quarter, most first. */
  mostAffected: { area: string; count: number }[];
  newPhenomena: {
    date: string;
    area: string;
    category: string;
    description: string;
    source: EntrySource;
    sourceName: string;
  }[];
  /** The eight quarters up to this one, per category. */
  trend: Trend;
}

/** A count, marked "prel." when it holds Brå's preliminary figures, in every view and document alike. */
export const countText = (count: number, preliminary = false): string =>
  preliminary ? `${count} (prel.)` : String(count);

/** "+2 (+100 %)", "−1", as Swedish or English readers write it. */
export function formatChange(change: Change, language: 'sv' | 'en'): string {
  const signed = (n: number, text: string) => `${n > 0 ? '+' : ''}${text}`;
  const percent =
    change.percent === null
      ? ''
      : ` (${signed(change.percent, change.percent.toLocaleString(language === 'sv' ? 'sv-SE' : 'en-GB'))} %)`;
  return `${signed(change.absolute, String(change.absolute))}${percent}`;
}

const change = (now: number, base: number): Change => ({
  absolute: now - base,
  percent: base === 0 ? null : Math.round(((now - base) / base) * 1000) / 10,
});

type Countable = Pick<SituationEntry, 'date' | 'area' | 'category' | 'count'> & { preliminary?: boolean };

/** The keys whose count in the period holds a preliminary figure (Brå's, until the final ones come). */
function preliminaryIn(entries: readonly Countable[], period: Period, key: (entry: Countable) => string): Set<string> {
  return new Set(
    entries.filter((entry) => entry.preliminary && entry.date >= period.from && entry.date <= period.to).map(key),
  );
}

function sumBy(entries: readonly Countable[], period: Period, key: (entry: Countable) => string): Map<string, number> {
  const sums = new Map<string, number>();
  for (const entry of entries)
    if (entry.date >= period.from && entry.date <= period.to)
      sums.set(key(entry), (sums.get(key(entry)) ?? 0) + entry.count);
  return sums;
}

function rows(
  entries: readonly Countable[],
  periods: [Period, Period, Period],
  key: (entry: Countable) => string,
): CountRow[] {
  const [now, previous, yearEarlier] = periods.map((period) => sumBy(entries, period, key)) as [
    Map<string, number>,
    Map<string, number>,
    Map<string, number>,
  ];
  const keys = new Set([...now.keys(), ...previous.keys(), ...yearEarlier.keys()]);
  const preliminary = preliminaryIn(entries, periods[0], key);
  return [...keys]
    .map((k) => {
      const count = now.get(k) ?? 0;
      const previousQuarter = previous.get(k) ?? 0;
      const sameQuarterLastYear = yearEarlier.get(k) ?? 0;
      return {
        key: k,
        count,
        preliminary: preliminary.has(k),
        previousQuarter,
        sameQuarterLastYear,
        changeFromPrevious: change(count, previousQuarter),
        changeFromLastYear: change(count, sameQuarterLastYear),
      };
    })
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key, 'sv'));
}

/**
 * A quarter of the lägesbild compiled: counts (each entry weighs its count) by category and by area, their
 * change against the quarter before and the same quarter a year earlier, the most affected places, the
 * new phenomena flagged in the quarter, and the trend of the eight quarters up to it. `entries` (or the
 * stored counts as entries) must cover those eight quarters; `phenomena` are the entries flagged new.
 */
export function compileQuarter(
  written: readonly Countable[],
  phenomena: readonly Pick<
    SituationEntry,
    'date' | 'area' | 'category' | 'description' | 'newPhenomenon' | 'source' | 'sourceName'
  >[],
  year: number,
  quarter: Quarter,
  mostAffected = 5,
): Compilation {
  const entries = withPlacesAlike(written);
  const period = quarterPeriod(year, quarter);
  const before = previousQuarter(year, quarter);
  const previous = quarterPeriod(before.year, before.quarter);
  const yearEarlier = quarterPeriod(year - 1, quarter);
  const periods: [Period, Period, Period] = [period, previous, yearEarlier];
  const byArea = rows(entries, periods, (entry) => entry.area);
  return {
    period,
    previous,
    yearEarlier,
    total: rows(entries, periods, () => 'total')[0] ?? {
      key: 'total',
      count: 0,
      preliminary: false,
      previousQuarter: 0,
      sameQuarterLastYear: 0,
      changeFromPrevious: change(0, 0),
      changeFromLastYear: change(0, 0),
    },
    byCategory: rows(entries, periods, (entry) => entry.category),
    byArea,
    byAreaAndCategory: areaCategoryCounts(
      entries.filter((entry) => entry.date >= period.from && entry.date <= period.to),
    ),
    mostAffected: byArea
      .filter((row) => row.count > 0)
      .slice(0, mostAffected)
      .map((row) => ({ area: row.key, count: row.count })),
    newPhenomena: phenomena
      .filter((entry) => entry.newPhenomenon && entry.date >= period.from && entry.date <= period.to)
      .map(({ date, area, category, description, source, sourceName }) => ({
        date,
        area,
        category,
        description,
        source,
        sourceName,
      }))
      .sort((a, b) => a.date.localeCompare(b.date)),
    trend: quarterTrend(entries, year, quarter),
  };
}
