import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ImportTable, TableShape } from './import-table.js';
import { KeptWorkbook } from './kept-workbook.js';
import { UnreadableFile } from './unreadable-file.js';

const workbook = Uint8Array.from([0x50, 0x4b, 3, 4]);
const csv = new TextEncoder().encode('Datum;Plats\n2026-01-02;Torget\n');

/** A reader that counts its reads and answers each with a table of its own. */
function countingReader(fail = false) {
  const reads: TableShape[] = [];
  const read = async (_bytes: Uint8Array, shape: TableShape): Promise<ImportTable> => {
    reads.push(shape);
    if (fail) throw new UnreadableFile('Filen kan inte läsas.', 'The file cannot be read.');
    return { format: 'xlsx', columns: ['Datum', 'Plats'], rows: [[String(reads.length), 'Torget']] };
  };
  return { reads, read };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('the last workbook read is kept for the steps that follow', () => {
  it('reads a workbook once for the upload, the preview, the check and the import, sharing a read under way', async () => {
    const reader = countingReader();
    const kept = new KeptWorkbook(reader.read);
    const [upload, preview] = await Promise.all([kept.table('a', workbook), kept.table('a', workbook, {})]);
    const check = await kept.table('a', workbook);
    expect(reader.reads).toHaveLength(1);
    expect(preview).toBe(upload);
    expect(check).toBe(upload);
  });

  it('reads again for another sheet or header row, another file, and after the import took it', async () => {
    const reader = countingReader();
    const kept = new KeptWorkbook(reader.read);
    await kept.table('a', workbook);
    await kept.table('a', workbook, { sheet: 1 });
    await kept.table('a', workbook, { sheet: 1, headerRow: 3 });
    await kept.table('b', workbook, { sheet: 1, headerRow: 3 });
    expect(reader.reads).toHaveLength(4);
    kept.release('a');
    await kept.table('b', workbook, { sheet: 1, headerRow: 3 });
    expect(reader.reads).toHaveLength(4);
    kept.release('b');
    await kept.table('b', workbook, { sheet: 1, headerRow: 3 });
    expect(reader.reads).toHaveLength(5);
  });

  it('keeps no CSV, which reads again in a fraction of the time, and no read that failed', async () => {
    const reader = countingReader();
    const kept = new KeptWorkbook(reader.read);
    await kept.table('c', csv);
    await kept.table('c', csv);
    expect(reader.reads).toHaveLength(2);
    const failing = countingReader(true);
    const keptFailing = new KeptWorkbook(failing.read);
    await expect(keptFailing.table('a', workbook)).rejects.toThrow(UnreadableFile);
    await expect(keptFailing.table('a', workbook)).rejects.toThrow(UnreadableFile);
    expect(failing.reads).toHaveLength(2);
  });

  it('forgets a workbook nobody went on with after a quarter of an hour', async () => {
    vi.useFakeTimers();
    const reader = countingReader();
    const kept = new KeptWorkbook(reader.read);
    await kept.table('a', workbook);
    vi.advanceTimersByTime(14 * 60_000);
    await kept.table('a', workbook);
    expect(reader.reads).toHaveLength(1);
    vi.advanceTimersByTime(60_000);
    await kept.table('a', workbook);
    expect(reader.reads).toHaveLength(2);
  });
});
