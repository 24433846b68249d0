import ExcelJS from 'exceljs';
import { rmSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { emptyService, estMapping, median } from './import-bench.js';

type Record = (figure: { id: string; name: string; value: number; unit: string; note?: string }) => void;

const rows = 20_000;
const rounds = 3;

/** An EST export saved from Excel: real dates, a number column, one sheet. */
async function estWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('EST');
  sheet.addRow(['Datum', 'Plats', 'Händelsetyp', 'Beskrivning', 'Antal']);
  for (let i = 0; i < rows; i += 1)
    sheet.addRow([
      new Date(Date.UTC(2021, 0, 1) + (i % 1_800) * 86_400_000),
      ['Resecentrum', 'Torget', 'Hamnen', 'Åmmeberg'][i % 4],
      ['Skadegörelse', 'Klotter', 'Nedskräpning'][i % 3],
      `Rapport nummer ${i} från fastighetsförvaltningen`,
      1,
    ]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The steps a person takes with a workbook, each timed: upload and preview, the check, the import to its end. */
async function workbookRound(file: Buffer) {
  const { dir, ctx } = await emptyService('bench-workbook-');
  const start = performance.now();
  const preview = await ctx.imports.upload(file, 'est.xlsx', 'bench');
  const uploaded = performance.now();
  const check = await ctx.imports.check(preview.fileId, 'est', estMapping);
  const checked = performance.now();
  await ctx.imports.commit(preview.fileId, 'est', estMapping, 'bench');
  await ctx.imports.settled();
  const imported = performance.now();
  await ctx.store.close();
  rmSync(dir, { recursive: true, force: true });
  if (check.newCount !== rows) throw new Error(`the check found ${check.newCount} new rows of ${rows}`);
  return { uploadMs: uploaded - start, checkMs: checked - uploaded, importMs: imported - checked };
}

/** A workbook of 20,000 EST rows through upload, check and import, as the tab takes a person through them. */
export async function workbookFigures(record: Record): Promise<void> {
  const file = await estWorkbook();
  const times: Awaited<ReturnType<typeof workbookRound>>[] = [];
  for (let round = 0; round < rounds; round += 1) times.push(await workbookRound(file));
  const size = `${Math.round(file.length / 1024)} KB`;
  record({
    id: 'import-xlsx-upload-s',
    name: `import: upload and preview of a workbook of ${rows} rows`,
    value: median(times.map((t) => t.uploadMs)) / 1000,
    unit: 's',
    note: `${size}, cells and the whole file checked for personal identity numbers; the median of ${rounds}`,
  });
  record({
    id: 'import-xlsx-check-s',
    name: 'import: the check of that workbook',
    value: median(times.map((t) => t.checkMs)) / 1000,
    unit: 's',
  });
  record({
    id: 'import-xlsx-import-s',
    name: 'import: that workbook imported to its end',
    value: median(times.map((t) => t.importMs)) / 1000,
    unit: 's',
  });
}
