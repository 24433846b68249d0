import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { rawXlsx, sheetXml } from '../../test/support/raw-xlsx.js';
import { readTable, UnreadableFile } from './read-table.js';

const sheet = () =>
  rawXlsx(
    sheetXml(
      Array.from({ length: 3000 }, (_, i): [string, string][] => [
        [`A${i + 1}`, `2026-10-${(i % 28) + 1}`],
        [`B${i + 1}`, `Plats ${i}`],
      ]),
    ),
  );

describe('reading a spreadsheet within its budget', () => {
  it('reads it in a worker within the usual budget', async () => {
    const table = await readTable(await sheet());
    expect(table.rows).toHaveLength(2999);
  });

  it('gives up on a file that takes longer than its time budget, saying what to do', async () => {
    const error = await readTable(await sheet(), {}, { timeoutMs: 1, maxOldGenerationSizeMb: 512 }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(UnreadableFile);
    expect((error as UnreadableFile).sv).toMatch(/för mycket tid eller minne.*CSV/);
  });

  it('gives up on a file that needs more memory than its budget, and the service lives on', async () => {
    const error = await readTable(await sheet(), {}, { timeoutMs: 30_000, maxOldGenerationSizeMb: 2 }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(UnreadableFile);
    expect((await readTable(Buffer.from('a;b\n1;2\n'))).rows).toEqual([['1', '2']]);
  });
});

describe('telling text from other files', () => {
  const refusal = (bytes: Uint8Array) =>
    readTable(bytes).then(
      () => undefined,
      (error: unknown) => (error instanceof UnreadableFile ? error.sv : String(error)),
    );
  const noise = Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 37 + 11) % 256));

  it('refuses a PDF, an image and a compressed file as no text, saying what to import', async () => {
    for (const magic of ['%PDF-1.7\n', '\x89PNG\r\n\x1a\n', '\x1f\x8b\x08\x00']) {
      expect(await refusal(Buffer.concat([Buffer.from(magic, 'latin1'), noise]))).toMatch(
        /^Filen är ingen text: .*Importera en CSV- eller textfil/,
      );
    }
  });

  it('refuses binary data whose zero bytes fall on one side of each pair as no text, not as UTF-16', async () => {
    // Little-endian integers: a zero high byte in every pair, and the low bytes are control characters.
    const integers = Buffer.from(Array.from({ length: 4000 }, (_, i) => (i % 2 === 0 ? (i * 7) % 32 : 0)));
    expect(await refusal(integers)).toMatch(/^Filen är ingen text/);
    const utf16 = Buffer.from('Datum;Plats\n2026-01-05;Torget\n', 'utf16le');
    expect((await readTable(utf16)).rows).toEqual([['2026-01-05', 'Torget']]);
  });

  it('still reads text with a stray control character, such as the Ctrl-Z an old DOS tool ends a file with', async () => {
    const table = await readTable(Buffer.from('Datum;Plats\n2026-01-05;Torget\n\x1a', 'latin1'));
    expect(table.rows).toEqual([['2026-01-05', 'Torget']]);
  });

  it('names a zip that holds no workbook for what it is: an OpenDocument sheet, a Word or PowerPoint file, a plain zip', async () => {
    const zip = async (files: [string, string][]) => {
      const archive = new JSZip();
      for (const [name, content] of files) archive.file(name, content);
      return archive.generateAsync({ type: 'nodebuffer' });
    };
    const cases: [[string, string][], RegExp][] = [
      [
        [
          ['mimetype', 'application/vnd.oasis.opendocument.spreadsheet'],
          ['content.xml', '<x/>'],
        ],
        /^Filen är ett OpenDocument-kalkylblad \(\.ods/,
      ],
      [[['word/document.xml', '<w/>']], /^Filen är ett Word-dokument, inget kalkylblad/],
      [[['ppt/presentation.xml', '<p/>']], /^Filen är en PowerPoint-presentation/],
      [[['händelser.csv', 'Datum;Plats\n']], /^Filen är en zip-fil utan Excel-arbetsbok\. Packa upp den/],
    ];
    for (const [files, message] of cases) expect(await refusal(await zip(files))).toMatch(message);
  });
});
