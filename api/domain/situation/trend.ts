import { periodIndex, periodOf, quarterOfDate, type Countable } from './counts.js';
import type { Quarter } from './quarters.js';

/** The last quarters up to one, per category: what the line chart and its table show. */
/** How many categories the trend's chart draws, those with most events: more lines are not told apart. */
export const chartedCategories = 6;

export interface Trend {
  /** Oldest first. */
  quarters: { year: number; quarter: Quarter }[];
  /** Most events over the span first; each count is that quarter's, as its compilation counts it. */
  byCategory: { key: string; counts: number[]; preliminary: boolean[] }[];
  total: number[];
}

export function quarterTrend(
  entries: readonly Pick<Countable, 'date' | 'category' | 'count' | 'preliminary'>[],
  year: number,
  quarter: Quarter,
  length = 8,
): Trend {
  const last = periodIndex(year, quarter);
  const first = last - length + 1;
  const quarters = Array.from({ length }, (_, i) => periodOf(first + i));
  const sums = new Map<string, number[]>();
  const preliminary = new Map<string, boolean[]>();
  const total = new Array<number>(length).fill(0);
  for (const entry of entries) {
    const at = quarterOfDate(entry.date);
    const index = periodIndex(at.year, at.quarter) - first;
    if (index < 0 || index >= length) continue;
    const row = sums.get(entry.category) ?? new Array<number>(length).fill(0);
    row[index]! += entry.count;
    total[index]! += entry.count;
    sums.set(entry.category, row);
    const marks = preliminary.get(entry.category) ?? new Array<boolean>(length).fill(false);
    if (entry.preliminary) marks[index] = true;
    preliminary.set(entry.category, marks);
  }
  const sum = (counts: number[]) => counts.reduce((a, b) => a + b, 0);
  const byCategory = [...sums]
    .map(([key, counts]) => ({
      key,
      counts,
      preliminary: preliminary.get(key) ?? new Array<boolean>(length).fill(false),
    }))
    .sort((a, b) => sum(b.counts) - sum(a.counts) || a.key.localeCompare(b.key, 'sv'));
  return { quarters, byCategory, total };
}
