import Database from 'better-sqlite3';
import { parse } from 'csv-parse/sync';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadConfig } from '../api/config/env.js';
import { createContext } from '../api/context.js';

const storeFile = 'trygghetshjulet.sqlite';
const entryTable = '"list_situationEntries"';

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
export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** The whole service on an empty store in a folder of its own (`prefix`), on a fixed date. */
export async function emptyService(prefix: string) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const ctx = await createContext(
    loadConfig({ DATA_DIR: dir, DEMO_DATA: 'false', LOG_LEVEL: 'silent', CLOCK_FIXED_AT: '2026-11-24T09:00:00+01:00' }),
  );
  return { dir, ctx };
}

/** One import into a store of its own: the upload, the import with its job, and the same file again. */
async function importRound(file: Buffer, withFloor: boolean) {
  const { dir, ctx } = await emptyService('bench-import-');
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
  await ctx.store.close();
  const floorMs = withFloor ? await bareInsert(join(dir, storeFile)) : Number.NaN;
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
    imports.push(await importRound(file, round === rounds - 1));
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
 * The floor no import can beat on this store: the rows the import wrote, read back beforehand, inserted again
 * into an empty entry list of a store of their own (its table and indexes) through a prepared statement, in
 * transactions of 5,000, nothing read, checked or counted meanwhile.
 */
async function bareInsert(importedFrom: string): Promise<number> {
  const written = new Database(importedFrom, { readonly: true });
  const rows = written.prepare(`SELECT * FROM ${entryTable} ORDER BY id`).raw().all() as unknown[][];
  const columns = written
    .prepare(`SELECT * FROM ${entryTable} LIMIT 1`)
    .columns()
    .map((column) => `"${column.name}"`)
    .slice(1);
  written.close();
  const { dir, ctx } = await emptyService('bench-floor-');
  await ctx.store.close();
  const db = new Database(join(dir, storeFile));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  const insert = db.prepare(
    `INSERT INTO ${entryTable} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
  );
  const start = performance.now();
  for (let first = 0; first < rows.length; first += 5_000)
    db.transaction(() => {
      for (const row of rows.slice(first, first + 5_000)) insert.run(row.slice(1));
    })();
  const ms = performance.now() - start;
  db.close();
  rmSync(dir, { recursive: true, force: true });
  return ms;
}
