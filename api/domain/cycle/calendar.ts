import Holidays from 'date-holidays';
import { DateTime } from 'luxon';
import type { Clock } from '../clock.js';

/** Dates in the year wheel are calendar dates (YYYY-MM-DD) in Swedish time. */
export type IsoDate = string;

export const timeZone = 'Europe/Stockholm';

const swedishHolidays = new Holidays('SE');
const namesByYear = new Map<number, Map<IsoDate, string>>();

/**
 * Public holidays plus midsommarafton, julafton and nyårsafton: date-holidays calls the eves "bank" days,
 * and in Swedish municipalities they are non-working days in practice.
 */
function nonWorkingDaysOf(year: number): Map<IsoDate, string> {
  let names = namesByYear.get(year);
  if (!names) {
    names = new Map(
      swedishHolidays
        .getHolidays(year)
        .filter((holiday) => holiday.type === 'public' || holiday.type === 'bank')
        .map((holiday) => [holiday.date.slice(0, 10), holiday.name]),
    );
    namesByYear.set(year, names);
  }
  return names;
}

function parse(date: IsoDate): DateTime {
  const parsed = DateTime.fromISO(date, { zone: 'UTC' });
  if (!parsed.isValid || !/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new RangeError(`Not a calendar date: ${date}`);
  return parsed;
}

function format(date: DateTime): IsoDate {
  return date.toISODate()!;
}

export function holidayName(date: IsoDate): string | undefined {
  return nonWorkingDaysOf(parse(date).year).get(date);
}

export function isWeekend(date: IsoDate): boolean {
  return parse(date).weekday >= 6;
}

export function isWorkingDay(date: IsoDate): boolean {
  return !isWeekend(date) && holidayName(date) === undefined;
}

/** The date itself when it is a working day, otherwise the nearest working day before it. */
export function previousWorkingDay(date: IsoDate): IsoDate {
  let current = parse(date);
  while (!isWorkingDay(format(current))) current = current.minus({ days: 1 });
  return format(current);
}

/** The given day of a month; 'last' or a day past the month's end gives its last day. */
export function dayOfMonth(year: number, month: number, day: number | 'last'): IsoDate {
  const first = DateTime.fromObject({ year, month, day: 1 }, { zone: 'UTC' });
  const last = first.daysInMonth!;
  return format(first.set({ day: day === 'last' ? last : Math.min(day, last) }));
}

export function todayIn(clock: Clock): IsoDate {
  return dateOfInstant(clock.now());
}

/** The day an instant falls on in the municipality's time zone (a save at 00:30 on 1 January is on 1 January). */
export function dateOfInstant(instant: Date | string): IsoDate {
  const at = typeof instant === 'string' ? DateTime.fromISO(instant) : DateTime.fromJSDate(instant);
  return at.setZone(timeZone).toISODate()!;
}

export { addDays, daysBetween, isIsoDate } from '../calendar-date.js';
