import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../clock.js';
import { dayOfMonth, holidayName, isWorkingDay, previousWorkingDay, todayIn } from './calendar.js';

describe('Swedish working days', () => {
  it('knows the public holidays and the de facto holiday eves', () => {
    expect(holidayName('2026-12-25')).toBe('juldagen');
    expect(holidayName('2026-12-24')).toBe('julafton');
    expect(holidayName('2026-06-19')).toBe('midsommarafton');
    expect(holidayName('2026-12-31')).toBe('nyårsafton');
    expect(holidayName('2027-03-26')).toBe('långfredagen');
    expect(holidayName('2028-04-14')).toBe('långfredagen');
    expect(holidayName('2027-05-06')).toBe('Kristi himmelsfärdsdag');
    expect(holidayName('2026-11-24')).toBeUndefined();
    // Observances are working days.
    expect(isWorkingDay('2027-12-13')).toBe(true);
    expect(isWorkingDay('2027-03-25')).toBe(true);
  });

  it('moves weekends and holidays back to the previous working day', () => {
    expect(previousWorkingDay('2025-11-30')).toBe('2025-11-28');
    expect(previousWorkingDay('2026-11-30')).toBe('2026-11-30');
    expect(previousWorkingDay('2028-04-15')).toBe('2028-04-13');
    expect(previousWorkingDay('2026-12-26')).toBe('2026-12-23');
    expect(previousWorkingDay('2027-01-01')).toBe('2026-12-30');
  });

  it('finds the last day of February in leap and common years', () => {
    expect(dayOfMonth(2028, 2, 'last')).toBe('2028-02-29');
    expect(dayOfMonth(2027, 2, 'last')).toBe('2027-02-28');
    expect(dayOfMonth(2100, 2, 'last')).toBe('2100-02-28');
    expect(dayOfMonth(2000, 2, 'last')).toBe('2000-02-29');
    expect(dayOfMonth(2027, 2, 30)).toBe('2027-02-28');
  });

  it('is never after the date and always a working day', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }),
        (date) => {
          const iso = date.toISOString().slice(0, 10);
          const result = previousWorkingDay(iso);
          return result <= iso && isWorkingDay(result);
        },
      ),
    );
  });

  it('tells today in Stockholm, not in UTC', () => {
    expect(todayIn(fixedClock('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(todayIn(fixedClock('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(todayIn(fixedClock('2026-11-24T09:00:00+01:00'))).toBe('2026-11-24');
  });
});
