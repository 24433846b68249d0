import Database from 'better-sqlite3';
import { parse } from 'csv-parse/sync';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadConfig } from '../api/config/env.js';
import { createContext } from '../api/context.js';

type Record = (figure: { id: string; name: string; value: number; unit: string; note?: string }) => void;

const places = [
  'Resecentrum',
  'Torget',
  'Stadsparken',
  'Hamnen',
  'Alléskolan',
  'Hembygdsparken',
  'Åmmeberg',
  'Olshammar',
];
const kinds = ['Skadegörelse', 'Klotter', 'Nedskräpning', 'Otrygg plats', 'Ordningsstörning', 'Stöld/inbrott'];

/** An EST export as Swedish Excel writes it: semicolons, day/month dates, decimal comma. */
function estExport(rows: number): Buffer {
  const lines = ['Datum;Plats;Händelsetyp;Beskrivning;Antal'];
  for (let i = 0; i < rows; i += 1) {
    const day = new Date(Date.UTC(2021, 0, 1) + (i % 1_800) * 86_400_000);
    lines.push(
      `${day.getUTCDate()}/${day.getUTCMonth() + 1}/${day.getUTCFullYear()};${places[i % places.length]};${kinds[i % kinds.length]};Rapport nummer ${i} från fastighetsförvaltningen;1,0`,
    );
  }
  return Buffer.from(`${lines.join('\n')}\n`, 'utf8');
}

/** The EST export's columns as the person maps them in the preview. */
export const estMapping = {
  date: 0,
  area: 1,
  category: 2,
  description: 3,
  count: 4,
  fixedCategory: null,
  categoryValues: {},
  newPhenomenon: null,
  preliminary: null,
};

/** Rounds of the import and of csv-parse, taken in turn; each figure is the median, so one slow moment moves none. */
const rounds = 3;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** One import into a store of its own: the upload, the import with its job, and the same file again. */
async function importRound(file: Buffer, rows: number, withFloor: boolean) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-import-'));
  const ctx = await createContext(
    loadConfig({ DATA_DIR: dir, DEMO_DATA: 'false', LOG_LEVEL: 'silent', CLOCK_FIXED_AT: '2026-11-24T09:00:00+01:00' }),
  );
  const uploadStart = performance.now();
  const preview = await ctx.imports.upload(file, 'est-100000.csv', 'bench');
  const uploadMs = performance.now() - uploadStart;
  // The import itself: every row read, mapped and checked, then the job writes them and adds their counts.
  const importStart = performance.now();
  const imported = await ctx.imports.commit(preview.fileId, 'est', estMapping, 'bench');
  await ctx.imports.settled();
  const importMs = performance.now() - importStart;
  const againStart = performance.now();
  const again = await ctx.imports.commit(preview.fileId, 'est', estMapping, 'bench');
  await ctx.imports.settled();
  const againMs = performance.now() - againStart;
  const floorMs = withFloor ? bareInsert(join(dir, 'trygghetshjulet.sqlite'), rows) : Number.NaN;
  await ctx.store.close();
  rmSync(dir, { recursive: true, force: true });
  return { uploadMs, importMs, againMs, floorMs, added: imported.added, again };
}

/** 100,000 EST rows through the real import (read, map, check, store in one transaction) beside csv-parse alone. */
export async function importFigures(record: Record): Promise<void> {
  const rows = 100_000;
  const file = estExport(rows);
  const parses: number[] = [];
  const imports: Awaited<ReturnType<typeof importRound>>[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const parseStart = performance.now();
    parse(file.toString('utf8'), { delimiter: ';', relax_column_count: true, skip_empty_lines: true, trim: true });
    parses.push(performance.now() - parseStart);
    imports.push(await importRound(file, rows, round === rounds - 1));
  }
  const parseMs = median(parses);
  const uploadMs = median(imports.map((i) => i.uploadMs));
  const importMs = median(imports.map((i) => i.importMs));
  const againMs = median(imports.map((i) => i.againMs));
  const { floorMs, added, again } = imports.at(-1)!;

  const parseRate = rows / (parseMs / 1000);
  const importRate = rows / (importMs / 1000);
  record({
    id: 'import-parse-rows-per-s',
    name: `import: csv-parse alone, ${rows} EST rows`,
    value: parseRate,
    unit: 'rows/s',
  });
  record({ id: 'import-upload-s', name: 'import: upload and preview of the file', value: uploadMs / 1000, unit: 's' });
  record({
    id: 'import-rows-per-s',
    name: 'import: read, map, check and write the same file',
    value: importRate,
    unit: 'rows/s',
    note: `${added} added in ${(importMs / 1000).toFixed(1)} s, the median of ${rounds}`,
  });
  record({
    id: 'import-rate-ratio',
    name: 'import: its rate against csv-parse alone',
    value: importRate / parseRate,
    unit: '×',
    note: 'goal ≥ 0.5',
  });
  record({
    id: 'import-sqlite-floor-rows-per-s',
    name: 'import: SQLite alone inserting as many rows',
    value: rows / (floorMs / 1000),
    unit: 'rows/s',
    note: `${(parseMs / floorMs).toFixed(2)} × csv-parse's rate, with no row read or checked`,
  });
  record({
    id: 'import-again-s',
    name: 'import: the same file again',
    value: againMs / 1000,
    unit: 's',
    note: `${again.added} added, ${again.skipped} already there`,
  });
}

/**
 * The floor no import can beat on this store: prepared inserts of finished rows into the entry list's own table,
 * with its indexes, in transactions of 5,000, through a second connection, nothing read, checked or counted.
 */
function bareInsert(file: string, rows: number): number {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  const columns = ['date', 'area', 'category', 'categoryText', 'source', 'sourceName', 'description', 'count'];
  const more = ['newPhenomenon', 'bob', 'preliminary', 'importId', 'importKey'];
  const insert = db.prepare(
    `INSERT INTO "list_situationEntries" (version, created_at, created_by, modified_at, modified_by, ${[...columns, ...more].map((c) => `"c_${c}"`).join(', ')})
     VALUES (1, ?, ?, ?, ?, ${[...columns, ...more].map(() => '?').join(', ')})`,
  );
  const now = '2026-11-24T08:00:00.000Z';
  const start = performance.now();
  for (let first = 0; first < rows; first += 5_000)
    db.transaction(() => {
      for (let i = first; i < Math.min(rows, first + 5_000); i += 1)
        insert.run(
          now,
          'bench',
          now,
          'bench',
          `2024-01-${String((i % 28) + 1).padStart(2, '0')}`,
          places[i % places.length],
          'klotter',
          '',
          'est',
          'EST',
          `Rapport nummer ${i} från fastighetsförvaltningen`,
          1,
          0,
          0,
          0,
          'floor',
          `floor-${i}`,
        );
    })();
  const ms = performance.now() - start;
  db.close();
  return ms;
}
