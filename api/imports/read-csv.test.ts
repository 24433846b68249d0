import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCsv } from './read-csv.js';
import { UnreadableFile } from './unreadable-file.js';

const csv = (text: string, piece?: number) => readCsv(Buffer.from(text, 'utf8'), undefined, piece);
/** Piece sizes that cut a small file at every line break, at some, and nowhere. */
const pieces = [1, 9, undefined];

describe('reading a CSV file', () => {
  it('reads semicolons, trims cells and numbers rows as the editor shows its lines', () => {
    const table = csv(
      'Datum;Plats\r\n 2026-01-05 ; Torget \r\n\r\n2026-01-06;"Stor-\ntorget"\r\n2026-01-07;Hamnen\r\n',
    );
    expect(table.columns).toEqual(['Datum', 'Plats']);
    expect(table.rows).toEqual([
      ['2026-01-05', 'Torget'],
      ['2026-01-06', 'Stor-\ntorget'],
      ['2026-01-07', 'Hamnen'],
    ]);
    // The blank line 3 is no row; the quoted line break makes row 4 take two lines.
    expect(table.rowNumbers).toEqual([2, 4, 6]);
    expect(table.skippedEmptyRows).toBe(0);
  });

  it('counts the rows Excel writes as ;;; as left out, and a sep= line as a line', () => {
    const table = csv('sep=,\nDatum,Plats,Antal\n2026-01-05,Torget,1\n,,\n2026-01-06,Hamnen,2\n');
    expect(table.rows).toEqual([
      ['2026-01-05', 'Torget', '1'],
      ['2026-01-06', 'Hamnen', '2'],
    ]);
    expect(table.rowNumbers).toEqual([3, 5]);
    expect(table.skippedEmptyRows).toBe(1);
  });

  it('unquotes a quoted cell with spaces around it, and keeps quotes inside a cell', () => {
    expect(csv('Datum;Plats;Mått\n2026-01-05; "Torget ""norra""" ;5" rör\n').rows).toEqual([
      ['2026-01-05', 'Torget "norra"', '5" rör'],
    ]);
  });

  it('keeps a delimiter and a line break inside a quoted cell with spaces before and after its quotes', () => {
    const table = csv(
      'Datum;Plats;Antal\n2026-01-05; "Torget; norra" ;1\n2026-01-06;\t"Stor-\ntorget"  ;2\n2026-01-07;Hamnen;3\n',
    );
    expect(table.rows).toEqual([
      ['2026-01-05', 'Torget; norra', '1'],
      ['2026-01-06', 'Stor-\ntorget', '2'],
      ['2026-01-07', 'Hamnen', '3'],
    ]);
    expect(table.rowNumbers).toEqual([2, 3, 5]);
  });

  it('reads back any cells, however Excel or a person quoted and padded them, with any separator, whole or in pieces', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'å', ' ', ';', ',', '"', '\n', '\r\n', '\t', '1') });
    const padding = fc.constantFrom('', ' ', '  ', '\t');
    const cell = fc.record({ text, quoted: fc.boolean(), before: padding, after: padding });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(cell, cell), { minLength: 1, maxLength: 6 }),
        fc.constantFrom(...pieces),
        fc.constantFrom('\n', '\r\n'),
        fc.constantFrom(';', ',', '\t'),
        (rows, piece, lineBreak, delimiter) => {
          // Padding is spaces and tabs, but no separator: a tab before a cell in a tab file is one more cell.
          const pad = (padding: string) => padding.replaceAll(delimiter, ' ');
          const written = rows.map(([first, second], index) => {
            const quote = (c: typeof first) =>
              c.quoted || c.text.includes(delimiter) || /["\n\r]/.test(c.text) || c.text !== c.text.trim()
                ? `${pad(c.before)}"${c.text.replaceAll('"', '""')}"${pad(c.after)}`
                : c.text;
            return [`rad ${index}`, quote(first), quote(second)].join(delimiter);
          });
          const header = ['Nr', 'Ett', 'Två'].join(delimiter);
          const table = csv(`${header}\n${written.join(lineBreak)}\n`, piece);
          expect(table.rows).toEqual(
            rows.map(([first, second], index) => [`rad ${index}`, first.text.trim(), second.text.trim()]),
          );
          let line = 2;
          const lines = rows.map(([first, second]) => {
            const at = line;
            line += 1 + `${first.text}${second.text}`.split('\n').length - 1;
            return at;
          });
          expect(table.rowNumbers).toEqual(lines);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('reads a file with mixed line endings in pieces as it reads it whole', () => {
    for (const text of [
      'Datum;Plats\r\n2026-01-05;Tor\nget\r\n2026-01-06;Hamnen\n2026-01-07;"Åmme\r\nberg"\r\n',
      'Datum;Plats\n2026-01-05;Tor\r\nget\n2026-01-06;Hamnen\r\n',
      'Datum;Plats\r2026-01-05;Torget\r2026-01-06;Ham\nnen\r',
    ]) {
      const whole = csv(text);
      for (const piece of pieces) expect(csv(text, piece)).toEqual(whole);
    }
  });

  it('reads Excel’s Unicode text, UTF-16 with its byte order mark and tabs between cells, either end first', () => {
    const text = 'Datum\tPlats\tBeskrivning\r\n2026-01-05\tÅmmeberg\tKlotter på väggen; två\r\n';
    const littleEndian = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const bigEndian = Buffer.from(littleEndian).swap16();
    for (const bytes of [littleEndian, bigEndian]) {
      const table = readCsv(bytes);
      expect(table.columns).toEqual(['Datum', 'Plats', 'Beskrivning']);
      expect(table.rows).toEqual([['2026-01-05', 'Åmmeberg', 'Klotter på väggen; två']]);
    }
    expect(readCsv(littleEndian).encoding).toBe('utf-16le');
    expect(readCsv(bigEndian).encoding).toBe('utf-16be');
    expect(csv('Datum\tPlats\n2026-01-05\tTorget, norra\n').rows).toEqual([['2026-01-05', 'Torget, norra']]);
  });

  it('reads UTF-16 without a byte order mark, as SQL Server’s bcp -w writes it, either end first', () => {
    const text = 'Datum;Plats;Beskrivning\r\n2026-01-05;Åmmeberg;Klotter på väggen\r\n2026-01-06;Örebrovägen;Stöld\r\n';
    const littleEndian = Buffer.from(text, 'utf16le');
    const bigEndian = Buffer.from(littleEndian).swap16();
    for (const [bytes, encoding] of [
      [littleEndian, 'utf-16le'],
      [bigEndian, 'utf-16be'],
    ] as const) {
      const table = readCsv(bytes);
      expect(table.encoding).toBe(encoding);
      expect(table.columns).toEqual(['Datum', 'Plats', 'Beskrivning']);
      expect(table.rows).toEqual([
        ['2026-01-05', 'Åmmeberg', 'Klotter på väggen'],
        ['2026-01-06', 'Örebrovägen', 'Stöld'],
      ]);
    }
    // Two bytes are no pair to judge by: a one-character file is read as UTF-8.
    expect(readCsv(Buffer.from('A\n')).encoding).toBe('utf-8');
  });

  it('chooses the comma when the header has more commas than semicolons', () => {
    expect(csv('Datum,Plats;x,Antal\n2026-01-05,Torget;x,1\n').rows).toEqual([['2026-01-05', 'Torget;x', '1']]);
  });

  it('refuses a quote left open or text after a closing quote, naming the line it starts on, whole or in pieces', () => {
    for (const piece of pieces)
      for (const [text, line] of [
        ['Datum;Plats\n2026-01-05;Torget\n2026-01-06;"Hamnen\n', 3],
        ['Datum;Plats\n2026-01-05;"Torget"x\n', 2],
        ['Datum;Plats\n2026-01-05;"Torget" "norra"\n', 2],
        ['Datum;Plats\n2026-01-05;"Stor-\ntorget"\n2026-01-06;Hamnen\n2026-01-07;"Åmme\nberg"x\n', 5],
        ['sep=;\nDatum;Plats\n2026-01-05;Torget\n2026-01-06;"Hamnen\n', 4],
      ] as const) {
        const error = (() => {
          try {
            csv(text, piece);
          } catch (caught) {
            return caught;
          }
        })();
        expect(error).toBeInstanceOf(UnreadableFile);
        expect((error as UnreadableFile).sv).toBe(`CSV-filen kan inte läsas (rad ${line}).`);
        expect((error as UnreadableFile).en).toBe(`The CSV file cannot be read (line ${line}).`);
      }
  });
});
