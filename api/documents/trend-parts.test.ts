import { Paragraph, Table } from 'docx';
import { describe, expect, it } from 'vitest';
import { chartedCategories, type Trend } from '../domain/situation/trend.js';
import { trendParts } from './trend-parts.js';

const trendOf = (categories: number): Trend => ({
  quarters: [
    { year: 2026, quarter: 1 },
    { year: 2026, quarter: 2 },
  ],
  byCategory: Array.from({ length: categories }, (_, i) => ({
    key: `k${i}`,
    counts: [i, i + 1],
    preliminary: [false, false],
  })),
  total: [0, 0],
});

describe('the trend in Word', () => {
  it('says under the chart that it draws only the largest categories, when the table has more', () => {
    const parts = (categories: number) => trendParts(trendOf(categories), (id) => id);
    // Heading, chart, table; with more categories than the chart draws, a line between chart and table.
    expect(parts(chartedCategories).map((part) => part.constructor)).toEqual([Paragraph, Paragraph, Table]);
    expect(parts(chartedCategories + 1).map((part) => part.constructor)).toEqual([
      Paragraph,
      Paragraph,
      Paragraph,
      Table,
    ]);
  });
});
