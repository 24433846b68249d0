import { describe, expect, it } from 'vitest';
import { datedYears } from './calendar-date.js';
import { isoDateSchema } from './iso-date.js';

const messages = (value: unknown) => isoDateSchema.safeParse(value).error?.issues.map((issue) => issue.message);

describe('isoDateSchema', () => {
  it('takes a date that exists in the years the product keeps', () => {
    for (const date of [
      '2026-12-01',
      '2024-02-29',
      '2000-02-29',
      `${datedYears.first}-01-01`,
      `${datedYears.last}-12-31`,
    ])
      expect(messages(date), date).toBeUndefined();
  });

  it('names the format for what is no date, the calendar for a day it lacks, the years for one outside them', () => {
    for (const text of ['1/12/2026', '2026-12-1', '', 'i går', '２０２６-01-01'])
      expect(messages(text), text).toEqual(['ange ett datum som ÅÅÅÅ-MM-DD']);
    for (const text of ['2026-02-30', '1900-02-29', '2100-02-29', '2026-13-01', '2026-00-10', '2026-04-31'])
      expect(messages(text), text).toEqual(['datumet finns inte i kalendern']);
    for (const date of ['0001-01-01', '1899-12-30', '1899-12-31', '2101-01-01', '9999-12-31'])
      expect(messages(date), date).toEqual(['ange ett datum mellan 1900-01-01 och 2100-12-31']);
  });
});
