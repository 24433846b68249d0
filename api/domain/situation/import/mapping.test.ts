import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultEntryCategories, situationEntrySchema } from '../entry.js';
import { categoryFor } from '../entry-query.js';
import { rowKey, rowsToEntries, type ImportMapping } from './mapping.js';

const mapping: ImportMapping = {
  date: 0,
  area: 1,
  category: 2,
  description: 3,
  count: null,
  fixedCategory: null,
  categoryValues: { Sprejat: 'klotter' },
  newPhenomenon: 4,
  preliminary: null,
};
const context = { source: 'est' as const, sourceName: 'EST', categories: defaultEntryCategories, today: '2026-11-24' };

// Texts the schema takes, trims, cleans or refuses: empty, too long, a personal identity number, a lone
// surrogate, characters XML cannot hold, full-width digits.
const text = fc.oneof(
  fc.constantFrom('Torget', 'Åmmeberg', '', '  Hamnen  ', 'x'.repeat(121), 'x'.repeat(4001)),
  fc.constantFrom('Ungdom 900101-0017', 'tel 070-123 45 67', 'a\ud800b', 'ok\u0007text', '９００１０１-００１７'),
  fc.string({ maxLength: 30 }),
);

const withoutKey = ({ importKey, ...entry }: { importKey: string | null }) => entry;

describe('import rows checked field by field', () => {
  it('gives each row the entry, or the first fault, that the whole entry schema gives', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(text, fc.constantFrom('Klotter', 'Sprejat', 'okänt ord', ''), text, fc.boolean()), {
          minLength: 1,
          maxLength: 8,
        }),
        (rows) => {
          const table = {
            columns: ['Datum', 'Plats', 'Typ', 'Text', 'Nytt'],
            rows: rows.map(([area, word, description, fresh]) => [
              '2026-03-05',
              area,
              word,
              description,
              fresh ? 'ja' : '',
            ]),
          };
          const { entries, errors } = rowsToEntries(table, mapping, context);
          const expected = rows.map(([area, word, description, fresh]) =>
            situationEntrySchema.safeParse({
              date: '2026-03-05',
              area: area.trim(),
              category: mapping.categoryValues[word] ?? categoryFor(word, context.categories),
              source: 'est',
              sourceName: 'EST',
              description: description.trim(),
              newPhenomenon: fresh,
              count: 1,
              preliminary: false,
            }),
          );
          expect(entries.map(withoutKey)).toEqual(
            expected.flatMap((result) => (result.success ? [withoutKey(result.data)] : [])),
          );
          expect(errors.map((error) => error.sv)).toEqual(
            expected.flatMap((result) => (result.success ? [] : [result.error.issues[0]!.message])),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('refuses a row dated before the kept years or after today, naming its row and date', () => {
    const dated = (date: string) => [date, 'Torget', 'Klotter', '', ''];
    const table = {
      columns: ['Datum', 'Plats', 'Typ', 'Text', 'Nytt'],
      rows: ['1900-01-01', '30/12/1899', '1899-12', '2026-11-24', '2026-11-25', '9999-12-31'].map(dated),
    };
    const { entries, errors } = rowsToEntries(table, mapping, context);
    expect(entries.map((entry) => entry.date)).toEqual(['1900-01-01', '2026-11-24']);
    expect(errors.map(({ row, column, sv }) => [row, column, sv])).toEqual([
      [3, 'Datum', 'datumet 1899-12-30 ligger utanför åren 1900–2100'],
      [4, 'Datum', 'datumet 1899-12-01 ligger utanför åren 1900–2100'],
      [6, 'Datum', 'datumet 2026-11-25 ligger i framtiden'],
      [7, 'Datum', 'datumet 9999-12-31 ligger utanför åren 1900–2100'],
    ]);
  });

  it('gives two identical rows two keys, the same on every import', () => {
    const table = {
      columns: ['Datum', 'Plats'],
      rows: [
        ['2026-03-05', 'Torget'],
        ['2026-03-05', 'Torget'],
      ],
    };
    const once = rowsToEntries(table, { ...mapping, category: null, description: null, newPhenomenon: null }, context);
    const again = rowsToEntries(table, { ...mapping, category: null, description: null, newPhenomenon: null }, context);
    expect(new Set(once.entries.map((entry) => entry.importKey)).size).toBe(2);
    expect(again.entries.map((entry) => entry.importKey)).toEqual(once.entries.map((entry) => entry.importKey));
  });

  it('keeps the keys rows were imported with by earlier versions, so a file imported again adds nothing', () => {
    // Keys as the first versions wrote them; a change here makes every earlier import's rows come in twice.
    expect(
      rowKey('est', {
        date: '2026-03-05',
        area: 'Torget',
        category: 'klotter',
        count: 1,
        description: 'Sprejat på  väggen',
      }),
    ).toBe('LCch4OppOKwT2Cy_FdzPjq-2EuG4eeGD');
    expect(
      rowKey('police', {
        date: '2026-03-05',
        area: ' A\u0308mmeberg\tnorra ',
        category: 'vald',
        count: 2,
        description: 'Misshandel\u00a0utomhus',
      }),
    ).toBe('_do9SimY2leKhLlcA-GA4u_6qsNjF5k7');
    expect(
      rowKey('bra', {
        date: '2026-01-01',
        area: 'Askersund',
        category: 'stold-inbrott',
        count: 14,
        description: '',
        preliminary: true,
      }),
    ).toBe('tXJ0vpOKDW_JdH1_AhTfvf9bqkuSRQOp');
  });
});
