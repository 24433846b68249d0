import type { EntrySource, SituationEntry } from './entry.js';
import { quarterPeriod, type Quarter } from './quarters.js';

/**
 * The lägesbild counted ahead: events per (year, quarter, category, area, source), so the quarter view, the
 * annual lägesbild and the agenda add up a few hundred counts instead of reading every entry. BOB entries are
 * counted apart (their own list), so members and everyone else each read their own totals.
 */
export interface SituationCount {
  year: number;
  quarter: Quarter;
  category: string;
  area: string;
  source: EntrySource;
  /** Brå's preliminary figures are counted apart, so views can mark them "prel.". */
  preliminary?: boolean;
  count: number;
}

export type Countable = Pick<SituationEntry, 'date' | 'area' | 'category' | 'source' | 'count'> & {
  preliminary?: boolean;
};

/** Quarters numbered on one line (year × 4 + quarter − 1), so a range of quarters is one indexed filter. */
export const periodIndex = (year: number, quarter: Quarter): number => year * 4 + quarter - 1;
export const periodOf = (index: number): { year: number; quarter: Quarter } => ({
  year: Math.floor(index / 4),
  quarter: ((index % 4) + 1) as Quarter,
});

export const quarterOfDate = (date: string): { year: number; quarter: Quarter } => ({
  year: Number(date.slice(0, 4)),
  quarter: (Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1) as Quarter,
});

// Final figures keep the key they had before preliminary ones were counted apart.
export const countKey = (count: Omit<SituationCount, 'count'>): string =>
  JSON.stringify([
    count.year,
    count.quarter,
    count.category,
    count.area,
    count.source,
    ...(count.preliminary ? ['prel'] : []),
  ]);

const countOf = (entry: Countable): SituationCount => ({
  ...quarterOfDate(entry.date),
  category: entry.category,
  area: entry.area,
  source: entry.source,
  ...(entry.preliminary ? { preliminary: true } : {}),
  count: entry.count,
});

/** What entries added and removed change, by key; keys whose changes cancel out are left out. */
export function countChanges(added: readonly Countable[], removed: readonly Countable[]): Map<string, SituationCount> {
  const changes = new Map<string, SituationCount>();
  // Entries of one month, category, area and source share a count: its key is worked out once for them all.
  const byMonth = new Map<string, SituationCount>();
  const tally = (entry: Countable, sign: 1 | -1) => {
    const month = `${entry.date.slice(0, 7)}\u0000${entry.category}\u0000${entry.area}\u0000${entry.source}\u0000${entry.preliminary ? 1 : 0}`;
    let change = byMonth.get(month);
    if (!change) {
      const count = countOf(entry);
      const key = countKey(count);
      change = changes.get(key) ?? { ...count, count: 0 };
      changes.set(key, change);
      byMonth.set(month, change);
    }
    change.count += sign * entry.count;
  };
  for (const entry of added) tally(entry, 1);
  for (const entry of removed) tally(entry, -1);
  for (const [key, change] of changes) if (change.count === 0) changes.delete(key);
  return changes;
}

/** The counts of a whole set of entries: what a rebuild stores. */
export const countsOf = (entries: readonly Countable[]): SituationCount[] => [...countChanges(entries, []).values()];

/** Counts as entries on the quarter's first day, so the compilation and the annual sums read them unchanged. */
export const asCountables = (counts: readonly SituationCount[]): Countable[] =>
  counts.map((count) => ({
    date: quarterPeriod(count.year, count.quarter).from,
    area: count.area,
    category: count.category,
    source: count.source,
    ...(count.preliminary ? { preliminary: true } : {}),
    count: count.count,
  }));

/** The same counts however they were stored: equal keys summed, zeros dropped, in key order. */
export function normalisedCounts(counts: readonly SituationCount[]): SituationCount[] {
  const sums = new Map<string, SituationCount>();
  for (const count of counts) {
    const key = countKey(count);
    sums.set(key, { ...count, count: (sums.get(key)?.count ?? 0) + count.count });
  }
  return [...sums.entries()]
    .filter(([, count]) => count.count !== 0)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, count]) => count);
}
