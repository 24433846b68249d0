import { describe, expect, it } from 'vitest';
import { historyCsv, historyOf } from './history.js';

const versions = [
  { at: '2026-11-01T08:00:00Z', by: 'a', fields: { area: 'Torget', count: 1, importKey: 'k1' } },
  { at: '2026-11-02T08:00:00Z', by: 'b', fields: { area: 'Hamnen', count: 1, importKey: 'k2' } },
  { at: '2026-11-03T08:00:00Z', by: 'a', fields: { area: 'Hamnen', count: 1, importKey: 'k3' } },
  { at: '2026-11-04T08:00:00Z', by: 'a', fields: { area: 'Hamnen', count: 2, tags: ['x'], importKey: 'k3' } },
];

describe('an item’s history', () => {
  it('is its creation, then each change with the field’s value before and after, newest first, bookkeeping and no-op changes left out', () => {
    const history = historyOf(versions, (field) => field !== 'importKey');
    expect(history.map((entry) => [entry.at.slice(0, 10), entry.by, entry.action])).toEqual([
      ['2026-11-04', 'a', 'changed'],
      ['2026-11-02', 'b', 'changed'],
      ['2026-11-01', 'a', 'created'],
    ]);
    expect(history[0]!.changes).toEqual([
      { field: 'count', before: '1', after: '2' },
      { field: 'tags', before: '', after: '["x"]' },
    ]);
    expect(history[1]!.changes).toEqual([{ field: 'area', before: 'Torget', after: 'Hamnen' }]);
    expect(history[2]!.changes).toEqual([
      { field: 'area', before: '', after: 'Torget' },
      { field: 'count', before: '', after: '1' },
    ]);
  });

  it('is CSV an auditor opens in Swedish Excel: BOM, semicolons, quotes where needed, no formula run', () => {
    const csv = historyCsv([
      {
        at: '2026-11-02T08:00:00Z',
        by: 'b',
        byName: 'Karin Ek',
        action: 'changed',
        changes: [
          { field: 'description', before: 'a; b', after: '=HYPERLINK("x")' },
          { field: 'area', before: '\t=1+1', after: '@SUM(A1)' },
        ],
      },
      { at: '2026-11-01T08:00:00Z', by: 'a', byName: 'Karin Ek', action: 'created', changes: [] },
    ]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe('Tidpunkt;Vem;Händelse;Fält;Före;Efter');
    expect(lines[1]).toBe('2026-11-02T08:00:00Z;Karin Ek;Ändrad;description;"a; b";"\'=HYPERLINK(""x"")"');
    expect(lines[2]).toBe('2026-11-02T08:00:00Z;Karin Ek;Ändrad;area;"\'\t=1+1";"\'@SUM(A1)"');
    expect(lines[3]).toBe('2026-11-01T08:00:00Z;Karin Ek;Skapad;;;');
  });
});
