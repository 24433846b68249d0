import { describe, expect, it } from 'vitest';
import { columnLetter, nothingFound, scanCells, scanJson } from './personal-data-places.js';

describe('where a file holds a personal identity number', () => {
  it('names columns as a spreadsheet does', () => {
    expect([0, 3, 25, 26, 51, 52, 701, 702, 16_383].map(columnLetter)).toEqual([
      'A',
      'D',
      'Z',
      'AA',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
      'XFD',
    ]);
  });

  it('scans each cell on its own, so a date beside four digits is no number', () => {
    const found = nothingFound();
    scanCells(found, ['20260314', '1234', '850709', '9805'], 2);
    scanCells(found, ['', 'ring 850709-9805', '850709-9806'], 3, 'Kontakter');
    expect(found).toEqual({ places: [{ row: 3, column: 1, sheet: 'Kontakter' }], count: 1 });
  });

  it('scans every text and number of a JSON value by its path', () => {
    const found = nothingFound();
    scanJson(found, { id: 8507099805, a: { b: ['x', 'född 19850709-9805'] }, ok: '2026-10-01 10:00' }, 7);
    expect(found.places).toEqual([
      { row: 7, column: 'id' },
      { row: 7, column: 'a.b.1' },
    ]);
  });

  it('keeps the first 200 places and counts the rest', () => {
    const found = nothingFound();
    for (let row = 1; row <= 250; row += 1) scanCells(found, ['850709-9805'], row);
    expect(found.count).toBe(250);
    expect(found.places).toHaveLength(200);
    expect(found.places.at(-1)).toEqual({ row: 200, column: 0 });
  });
});
