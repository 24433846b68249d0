import { servedYears } from './served-years.js';

/**
 * A calendar date as the product writes it (YYYY-MM-DD), checked without any date library: the tab imports
 * this, and the holiday tables the årshjul needs stay on the server.
 */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

// Counted, not asked of Date: Date.UTC reads the years 0–99 as 1900–1999.
function daysInMonth(year: number, month: number): number {
  if (month !== 2) return [4, 6, 9, 11].includes(month) ? 30 : 31;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return leap ? 29 : 28;
}

/**
 * The years a date the product keeps may fall in: Brå's and the police's long series reach back decades, and
 * nothing is planned past the last served year. A year like 0001 or 9999 is a slip of the keyboard or an empty
 * spreadsheet cell (Excel's day 0 is 1899-12-30), and it would sort before or after every real date.
 */
export const datedYears = { first: 1900, last: servedYears.last } as const;

/** Whether a calendar date (YYYY-MM-DD) falls in `datedYears`. */
export function isDatedYear(date: string): boolean {
  const year = Number(date.slice(0, 4));
  return year >= datedYears.first && year <= datedYears.last;
}

const dayMs = 86_400_000;

/** Days since 1970-01-01 of a calendar date, refusing anything else. */
function dayNumber(date: string): number {
  if (!isIsoDate(date)) throw new RangeError(`Not a calendar date: ${date}`);
  // setUTCFullYear, not Date.UTC, for the same reason as above.
  const day = new Date(0);
  day.setUTCFullYear(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  return Math.round(day.getTime() / dayMs);
}

function dateOfDayNumber(days: number): string {
  const day = new Date(days * dayMs);
  const two = (value: number) => String(value).padStart(2, '0');
  return `${String(day.getUTCFullYear()).padStart(4, '0')}-${two(day.getUTCMonth() + 1)}-${two(day.getUTCDate())}`;
}

/** The calendar date `days` later (earlier when negative); a calendar date has no time zone to cross. */
export function addDays(date: string, days: number): string {
  return dateOfDayNumber(dayNumber(date) + days);
}

/** Whole days from one calendar date to another, negative when `to` comes first. */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}
