import type { Bilingual } from '../../i18n/bilingual.js';
import { type Quarter, quarterPeriod } from '../situation/quarters.js';
import type { IsoDate } from './calendar.js';
import type { MilestoneKind } from './milestone-kinds.js';

/** The first day a milestone can be done on, and why then; null when it can be done whenever it is. */
export interface CompletableFrom {
  date: IsoDate;
  why: Bilingual;
}

/** The first day a quarter's compilation can be final: the first day of the quarter after it. */
export const quarterOverOn = (year: number, quarter: Quarter): IsoDate =>
  quarter === 4 ? quarterPeriod(year + 1, 1).from : quarterPeriod(year, (quarter + 1) as Quarter).from;

/** The first day what is on a whole year (the annual lägesbild, the report to KF) can be final: 1 January after it. */
export const yearOverOn = (year: number): IsoDate => `${year + 1}-01-01`;

/**
 * What a milestone records cannot happen before its period: a quarter is compiled once it is over, the council
 * is held on its day, the annual lägesbild and the report to kommunfullmäktige are on a year that has ended.
 * Marked by hand or by the app, a milestone is done on this day or later.
 */
export function completableFrom(
  milestone: { kind: MilestoneKind; sequence?: number | undefined; due: IsoDate },
  year: number,
): CompletableFrom | null {
  switch (milestone.kind) {
    case 'est-police-compilation':
      return {
        date: quarterOverOn(year, (milestone.sequence ?? 4) as Quarter),
        why: { sv: 'när kvartalet är slut', en: 'once the quarter is over' },
      };
    case 'strategic-council':
      return { date: milestone.due, why: { sv: 'rådets dag', en: 'the day of the council' } };
    case 'annual-situation-picture':
    case 'council-report':
      return { date: yearOverOn(year), why: { sv: 'när året är slut', en: 'once the year is over' } };
    default:
      return null;
  }
}
