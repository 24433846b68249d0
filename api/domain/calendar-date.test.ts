import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from './calendar-date.js';

describe('calendar date arithmetic without a date library (the tab imports it)', () => {
  it('crosses months, years and leap days', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
    // Summer time begins in Stockholm that night; a calendar date does not notice.
    expect(addDays('2027-03-27', 1)).toBe('2027-03-28');
    expect(addDays('0050-01-01', 0)).toBe('0050-01-01');
    expect(daysBetween('2026-12-01', '2027-01-31')).toBe(61);
    expect(daysBetween('2027-01-31', '2026-12-01')).toBe(-61);
  });

  it('refuses what is not a calendar date', () => {
    expect(() => addDays('2027-02-29', 1)).toThrow(RangeError);
    expect(() => daysBetween('2027-1-01', '2027-01-02')).toThrow(RangeError);
  });

  it('agrees with luxon, which the service used before, on any date and distance', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2200-12-31T00:00:00Z'), noInvalidDate: true }),
        fc.integer({ min: -40_000, max: 40_000 }),
        (instant, days) => {
          const date = instant.toISOString().slice(0, 10);
          const later = DateTime.fromISO(date, { zone: 'UTC' }).plus({ days }).toISODate();
          return addDays(date, days) === later && daysBetween(date, later!) === days;
        },
      ),
    );
  });
});
