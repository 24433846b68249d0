import { z } from 'zod';
import { textLimits } from '../text-limits.js';
import { freeText } from '../personal-data.js';
import type { ActionProgress } from '../department-report.js';
import type { EntrySource, SituationEntry } from './entry.js';
import type { AnnualSectionId } from './annual-sections.js';
import type { Trend } from './trend.js';
import { type AreaCategoryCount, areaCategoryCounts } from './area-category-counts.js';
import { withPlacesAlike } from './places.js';

// Trimmed, as every text is: the tab counts a text toward its limit as the service keeps it.
export const annualSectionTextSchema = z.object({ text: freeText(textLimits.document) });

/** What the year's data says, gathered beside the säkerhetschef's own text. */
// A type, not an interface: it is answered as a JSON record, which an interface cannot be assigned to.
export type AnnualMaterial = {
  byCategory: { category: string; count: number; preliminary: boolean }[];
  byArea: { area: string; count: number; preliminary: boolean }[];
  /** The same counts per area split by category, for the map of one category. */
  byAreaAndCategory: AreaCategoryCount[];
  newPhenomena: {
    date: string;
    area: string;
    category: string;
    description: string;
    source: EntrySource;
    sourceName: string;
  }[];
  actionsTaken: { title: string; responsible: string; status: ActionProgress; comment: string }[];
  proposals: { department: string; text: string }[];
  /** The year's strategic council: the actors' written lägesbilder and the joint preparation, as the plan says they feed this one. */
  council: CouncilContribution | null;
  /** The eight quarters up to the year's fourth, per category (BOB entries left out, as everywhere here). */
  trend: Trend;
};

export interface CouncilContribution {
  date: string | null;
  preparationNotes: string;
  actors: {
    actor: string;
    receivedOn: string | null;
    /** The uploaded document, opened through the API. */
    document: { title: string; href: string; fileName: string } | null;
    /** What the actor wrote in the tab, under the annual lägesbild's own headings. */
    written: Partial<Record<AnnualSectionId, string>>;
  }[];
}

/**
 * "Händelser": the number of events the entries stand for, each entry weighing its count (an EST row may
 * record three broken windows). Every view and document that says how many events there were uses this.
 */
export function eventCount(entries: readonly Pick<SituationEntry, 'count'>[]): number {
  return entries.reduce((sum, entry) => sum + entry.count, 0);
}

type Counted = Pick<SituationEntry, 'area' | 'category' | 'count'> & { preliminary?: boolean };
type Phenomenon = Pick<SituationEntry, 'date' | 'area' | 'category' | 'description' | 'source' | 'sourceName'>;

function sumBy(entries: readonly Counted[], key: (entry: Counted) => string): [string, number, boolean][] {
  const sums = new Map<string, [number, boolean]>();
  for (const entry of entries) {
    const [count, preliminary] = sums.get(key(entry)) ?? [0, false];
    sums.set(key(entry), [count + entry.count, preliminary || entry.preliminary === true]);
  }
  return [...sums]
    .map(([k, [count, preliminary]]): [string, number, boolean] => [k, count, preliminary])
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'sv'));
}

/**
 * The year counted by category and area (from the stored counts, or entries: each weighs its count), and its
 * flagged phenomena with their sources, oldest first.
 */
export function gatherEntries(
  written: readonly Counted[],
  phenomena: readonly Phenomenon[],
): Pick<AnnualMaterial, 'byCategory' | 'byArea' | 'byAreaAndCategory' | 'newPhenomena'> {
  const counted = withPlacesAlike(written);
  return {
    byCategory: sumBy(counted, (entry) => entry.category).map(([category, count, preliminary]) => ({
      category,
      count,
      preliminary,
    })),
    byArea: sumBy(counted, (entry) => entry.area).map(([area, count, preliminary]) => ({ area, count, preliminary })),
    byAreaAndCategory: areaCategoryCounts(counted),
    newPhenomena: phenomena
      .map(({ date, area, category, description, source, sourceName }) => ({
        date,
        area,
        category,
        description,
        source,
        sourceName,
      }))
      .sort((a, b) => a.date.localeCompare(b.date)),
  };
}
