import { createHash } from 'node:crypto';
import type { Clock } from '../domain/clock.js';
import { todayIn } from '../domain/cycle/index.js';
import {
  rowsToEntriesInSteps,
  suggestMapping,
  type ImportMapping,
  type ImportSource,
  type RowError,
} from '../domain/situation/import/mapping.js';
import { documentLibraries } from '../documents/libraries.js';
import { readTable, type ImportTable, type TableShape } from '../imports/read-table.js';
import { inTurns } from '../imports/in-turns.js';
import { KeptWorkbook } from '../imports/kept-workbook.js';
import { isZip } from '../imports/zip-kind.js';
import type { Stored } from '../repositories/collection.js';
import type { ImportRecord, ImportRepository } from '../repositories/import-repository.js';
import type { SettingsRepository } from '../repositories/settings-repository.js';
import { bobSituationEntriesList, type SituationEntryRepository } from '../repositories/situation-entry-repository.js';
import { ConflictError, NotFoundError } from '../store/errors.js';
import { queryAll, type StoragePort } from '../store/port.js';
import { ImportJob, type ImportJobDependencies, type PreparedEntry } from './import-job.js';
import { supersededPreliminary } from './preliminary-figures.js';
import { safeFileName } from '../domain/file-names.js';
import { shownInput, storableText } from '../domain/text-policy.js';
import { DomainError, FieldRefused, NotFound } from '../domain/errors/domain-error.js';
import { categoriesInUse, type EntryCategory, notACategoryInUse } from '../domain/situation/entry.js';
import { counted } from '../i18n/plural.js';
import { ImportFileHoldsPersonalData } from './import-personal-data.js';
import { refuseDocumentWithPersonalData } from '../documents/document-check.js';

const sourceNames: Record<ImportSource, string> = { est: 'EST', police: 'Polisen', bra: 'Brå', other: 'Import' };

export class ImportFileNotFound extends NotFound {
  constructor() {
    super({ sv: 'Den uppladdade filen', en: 'The uploaded file' });
  }
}
export class ImportNotFound extends NotFound {
  constructor() {
    super({ sv: 'Importen', en: 'The import' });
  }
}
/** One import a source at a time: two at once would both find the same rows new and write them twice. */
export class ImportRunning extends DomainError {
  constructor(source: ImportSource) {
    super('import_running', {
      sv: `En import från ${sourceNames[source]} pågår redan. Vänta tills den är klar och importera sedan igen: rader som redan finns hoppas över.`,
      en: `An import from ${sourceNames[source]} is already running. Wait until it is done, then import again: rows already there are skipped.`,
    });
  }
}

/** Nothing is written while any row is wrong: each row's fault is an issue of its own. */
export class ImportInvalid extends DomainError {
  constructor(
    readonly errors: RowError[],
    readonly rowCount: number,
  ) {
    const first = errors[0]!;
    super(
      'import_rows_invalid',
      {
        sv: `Inget importerades: ${counted(errors.length, 'rad', 'rader')} har fel. Första: rad ${first.row}, ${first.column}: ${first.sv}`,
        en: `Nothing was imported: ${counted(errors.length, 'row has', 'rows have')} errors. First: row ${first.row}, ${first.column}: ${first.en}`,
      },
      {
        issues: errors.map((e) => ({
          field: `rad ${e.row}${e.column ? `, ${e.column}` : ''}`,
          message: e.sv,
          messageEn: e.en,
        })),
      },
    );
  }
}

export interface ImportPreview {
  fileId: string;
  fileName: string;
  format: ImportTable['format'];
  encoding: string | null;
  columns: string[];
  rowCount: number;
  /** Rows of nothing but empty cells, left out (Excel writes ;;;; for them). */
  skippedEmptyRows: number;
  sample: string[][];
  suggestedMapping: Partial<ImportMapping>;
  /** Each column's distinct values when there are few, for mapping category words. */
  distinctValues: Record<string, string[]>;
  previousImports: Stored<ImportRecord>[];
  /** A workbook's sheets and the one read; the header row and the rows the person may choose it from. */
  sheets: string[];
  sheet: number | null;
  headerRow: number | null;
  leadingRows: { number: number; cells: string[] }[];
}

export interface ImportCheck {
  rowCount: number;
  newCount: number;
  existingCount: number;
  /** Brå's preliminary figures the file's final ones would replace. */
  replacesPreliminary: number;
  errors: RowError[];
  errorCount: number;
}

const library = documentLibraries.importFiles.name;

/** A value as a Swedish reader writes it: a decimal number with a comma (the file's own text is what is imported). */
const asRead = (value: string) => (/^-?\d+\.\d+$/.test(value) ? value.replace('.', ',') : value);
const shownErrors = 200;

export interface ImportServiceDependencies extends ImportJobDependencies {
  store: StoragePort;
  entries: SituationEntryRepository;
  settings: SettingsRepository;
  /** A job untouched this long was left by a stopped instance and is taken over. */
  staleAfterMs?: number;
}

const systemActor = 'system:import';

/**
 * EST exports and police statistics into the lägesbild. A file is checked whole before anything is stored,
 * then imported by a job in the background: its progress is kept on the import's record, it starts again
 * after a restart without writing a row twice, and on SharePoint it paces itself to the resource-unit budget.
 * Its rows enter the counts (the quarter view) together when the job ends.
 */
export class ImportService {
  private readonly clock: Clock;
  private readonly store: StoragePort;
  private readonly entries: SituationEntryRepository;
  private readonly imports: ImportRepository;
  private readonly settings: SettingsRepository;
  private readonly running = new Map<string, Promise<void>>();
  private readonly workbook = new KeptWorkbook((bytes, shape) => readTable(bytes, shape));

  constructor(private readonly deps: ImportServiceDependencies) {
    ({
      clock: this.clock,
      store: this.store,
      entries: this.entries,
      imports: this.imports,
      settings: this.settings,
    } = deps);
  }

  /** Reads the file, keeps it as it came, and suggests how its columns map; a file holding personal data is not kept. */
  async upload(bytes: Uint8Array, fileName: string, actor: string): Promise<ImportPreview> {
    const fileId = createHash('sha256').update(bytes).digest('hex');
    // An Excel file keeps more than its cells (comments, text boxes, headers, properties): the whole file is
    // checked as a document is, in a worker of its own while another reads the cells; a refusal of the cells ends
    // the check. A CSV or a police feed is its cells, all read and scanned by readTable.
    const refused = new AbortController();
    const documentCheck = isZip(bytes)
      ? settledLater(refuseDocumentWithPersonalData(bytes, fileName, undefined, refused.signal))
      : undefined;
    let table: ImportTable;
    try {
      table = await this.workbook.table(fileId, bytes);
      if (table.personalData?.count) throw new ImportFileHoldsPersonalData(table);
      await documentCheck?.();
    } catch (error) {
      refused.abort(error);
      this.workbook.release(fileId);
      throw error;
    }
    if (!(await this.fileOf(fileId)))
      await this.store.putFile(
        library,
        `${fileId}/${safeFileName(fileName)}`,
        bytes,
        'application/octet-stream',
        actor,
      );
    return this.previewOf(fileId, safeFileName(fileName), table);
  }

  /** The kept file read again with another sheet or header row, as the person chose in the preview. */
  async preview(fileId: string, shape: TableShape): Promise<ImportPreview> {
    const file = await this.fileOf(fileId);
    if (!file) throw new ImportFileNotFound();
    return this.previewOf(fileId, file.name, await this.workbook.table(fileId, file.content, shape));
  }

  /**
   * What the preview shows of the file as it will be stored: a header or cell made to turn the text around
   * (bidi controls) shows as written without them. The distinct values stay as read: they key the mapping.
   */
  private async previewOf(fileId: string, fileName: string, table: ImportTable): Promise<ImportPreview> {
    const distinctValues = await inTurns(distinctValuesOf(table));
    return {
      fileId,
      fileName,
      format: table.format,
      encoding: table.encoding ?? null,
      columns: table.columns.map(storableText),
      rowCount: table.rows.length,
      skippedEmptyRows: table.skippedEmptyRows ?? 0,
      sample: table.rows.slice(0, 10).map((row) => row.map((cell) => asRead(storableText(cell)))),
      suggestedMapping: suggestMapping(table.columns),
      distinctValues,
      previousImports: await this.imports.ofFile(fileId),
      sheets: (table.sheets ?? []).map(storableText),
      sheet: table.sheet ?? null,
      headerRow: table.headerRow ?? null,
      leadingRows: (table.leadingRows ?? []).map((row) => ({ ...row, cells: row.cells.map(storableText) })),
    };
  }

  async check(
    fileId: string,
    source: ImportSource,
    mapping: ImportMapping,
    shape: TableShape = {},
  ): Promise<ImportCheck> {
    const { prepared, table } = await this.prepare(fileId, source, mapping, shape);
    const existing = await this.existingKeys(source);
    const fresh = prepared.entries.filter((entry) => !existing.has(entry.importKey));
    const replacesPreliminary = (await supersededPreliminary(this.store, fresh)).length;
    return {
      rowCount: table.rows.length,
      newCount: fresh.length,
      existingCount: prepared.entries.length - fresh.length,
      replacesPreliminary,
      errors: prepared.errors.slice(0, shownErrors),
      errorCount: prepared.errors.length,
    };
  }

  /**
   * Every row valid, or nothing stored; rows already in the lägesbild are left out. Answers the import's record
   * at once, its job running: GET it again (job) for the rows written so far.
   */
  async commit(
    fileId: string,
    source: ImportSource,
    mapping: ImportMapping,
    actor: string,
    shape: TableShape = {},
  ): Promise<Stored<ImportRecord>> {
    if ((await this.unfinished(source)).length > 0) throw new ImportRunning(source);
    const { prepared, table, fileName } = await this.prepare(fileId, source, mapping, shape);
    if (prepared.errors.length > 0) throw new ImportInvalid(prepared.errors.slice(0, shownErrors), table.rows.length);
    this.workbook.release(fileId);
    const existing = await this.existingKeys(source);
    const fresh = prepared.entries.filter((entry) => !existing.has(entry.importKey));
    const replaced = (await supersededPreliminary(this.store, fresh)).length;
    const now = this.clock.now().toISOString();
    const record = await this.imports.imports.create(
      {
        fileId,
        fileName,
        source,
        format: table.format,
        rows: table.rows.length,
        added: fresh.length,
        skipped: prepared.entries.length - fresh.length,
        replaced,
        importedBy: actor,
        importedAt: now,
        status: fresh.length > 0 ? 'running' : 'done',
        written: 0,
        job: JSON.stringify({ source, mapping, shape }),
        runner: this.deps.instanceId,
        heartbeatAt: now,
        finishedAt: fresh.length > 0 ? null : now,
        error: null,
      },
      actor,
    );
    if (fresh.length > 0) {
      // Another import of this source may have been accepted while this one was read: the earlier one goes on.
      const earlier = (await this.unfinished(source)).some((other) => precedes(other, record));
      if (earlier) {
        await this.imports.imports.delete(record.id, record.etag, actor);
        throw new ImportRunning(source);
      }
      this.start(record, fresh);
    }
    return record;
  }

  private async unfinished(source: ImportSource): Promise<Stored<ImportRecord>[]> {
    return (await this.imports.unfinished()).filter((record) => record.source === source);
  }

  /** An import and its job's progress. */
  async job(id: string): Promise<Stored<ImportRecord>> {
    const record = await this.imports.imports.get(id);
    if (!record) throw new ImportNotFound();
    return record;
  }

  /** Resolves when this instance's running jobs are over (for shutdown and tests). */
  async settled(): Promise<void> {
    await Promise.all(this.running.values());
  }

  /** Takes over the jobs no instance has touched for a while (one stopped mid-way): each goes on where it was. */
  async resumeStale(): Promise<number> {
    const now = this.clock.now().getTime();
    let resumed = 0;
    for (const record of await this.imports.unfinished()) {
      if (this.running.has(record.id)) continue;
      if (record.heartbeatAt && now - Date.parse(record.heartbeatAt) < (this.deps.staleAfterMs ?? 120_000)) continue;
      try {
        const claimed = await this.imports.imports.update(
          record.id,
          record.etag,
          { runner: this.deps.instanceId, heartbeatAt: this.clock.now().toISOString() },
          systemActor,
        );
        this.start(claimed, undefined);
        resumed += 1;
      } catch (error) {
        if (!(error instanceof ConflictError)) throw error;
      }
    }
    return resumed;
  }

  private start(record: Stored<ImportRecord>, fresh: PreparedEntry[] | undefined): void {
    const job = new ImportJob(this.deps, record, this.existingKeys.bind(this), this.prepare.bind(this))
      .run(fresh)
      .catch((error: unknown) => this.deps.logger.error({ err: error, importId: record.id }, 'import job failed'))
      .finally(() => this.running.delete(record.id));
    this.running.set(record.id, job);
  }

  async history(): Promise<Stored<ImportRecord>[]> {
    return this.imports.newestFirst();
  }

  private async prepare(
    fileId: string,
    source: ImportSource,
    mapping: ImportMapping,
    shape: TableShape,
  ): Promise<{ prepared: { entries: PreparedEntry[]; errors: RowError[] }; table: ImportTable; fileName: string }> {
    const file = await this.fileOf(fileId);
    if (!file) throw new ImportFileNotFound();
    const table = await this.workbook.table(fileId, file.content, shape);
    // An import writes to the shared list: a category kept only for BOB entries is none to sort into.
    const categories = categoriesInUse((await this.settings.entryCategories()).categories);
    refuseUnknownCategories(mapping, categories);
    // In steps: checking a large file's rows leaves room for other requests.
    const prepared = await inTurns(
      rowsToEntriesInSteps(table, mapping, {
        source,
        sourceName: sourceNames[source],
        categories,
        today: todayIn(this.clock),
      }),
    );
    return { prepared, table, fileName: file.name };
  }

  /**
   * The rows already in the lägesbild, in either list: a row a BOB member moved into BOB is there too, so the
   * same file again does not bring it back into the shared list for everyone. The importer may learn from the
   * skipped count that a row of the file is in BOB; they hold the file, and that is less than its text shown
   * to all.
   */
  private async existingKeys(source: ImportSource): Promise<Set<string>> {
    // Only the keys are needed: read raw, without checking every stored entry's text again.
    const lists = [this.entries.entries.definition.name, bobSituationEntriesList.name];
    const items = await Promise.all(
      lists.map((list) =>
        queryAll(this.store, list, { filters: [{ field: 'source', op: 'eq', value: source }], select: ['importKey'] }),
      ),
    );
    return new Set(
      items
        .flat()
        .map((item) => item.fields.importKey)
        .filter((key): key is string => typeof key === 'string'),
    );
  }

  private async fileOf(fileId: string): Promise<{ name: string; content: Uint8Array } | undefined> {
    if (!/^[0-9a-f]{64}$/.test(fileId)) return undefined;
    try {
      const [info] = (await this.store.listFolder(library, fileId)).files;
      const file = info && (await this.store.getFile(library, info.path));
      return file && { name: info.path.split('/').pop()!, content: file.content };
    } catch (error) {
      if (error instanceof NotFoundError) return undefined;
      throw error;
    }
  }
}

/** The mapping sorts into categories of the list: a word mapped to another id would store entries of none. */
function refuseUnknownCategories(mapping: ImportMapping, categories: readonly EntryCategory[]): void {
  const known = new Set(categories.map((category) => category.id));
  if (mapping.category === null && mapping.fixedCategory !== null && !known.has(mapping.fixedCategory))
    throw new FieldRefused('mapping.fixedCategory', notACategoryInUse.sv, notACategoryInUse.en);
  if (mapping.category === null) return;
  for (const [word, id] of Object.entries(mapping.categoryValues))
    if (!known.has(id))
      throw new FieldRefused(
        `mapping.categoryValues.${shownInput(word, 40)}`,
        notACategoryInUse.sv,
        notACategoryInUse.en,
      );
}

/** Each column's values when it has at most 50, to map them one by one; a column a step. */
function* distinctValuesOf(table: ImportTable): Generator<void, Record<string, string[]>, void> {
  const distinct: Record<string, string[]> = {};
  columns: for (const index of table.columns.keys()) {
    if (index > 0) yield;
    const values = new Set<string>();
    for (const row of table.rows) {
      values.add((row[index] ?? '').trim());
      if (values.size > 50) continue columns;
    }
    distinct[index] = [...values].filter(Boolean).sort((a, b) => a.localeCompare(b, 'sv'));
  }
  return distinct;
}

/** Accepted before: stores number their items in the order they are created. */
function precedes(one: Stored<ImportRecord>, other: Stored<ImportRecord>): boolean {
  return Number(one.id) < Number(other.id);
}

/**
 * A check started now and awaited later: its refusal is thrown where it is awaited, and none is left unhandled
 * when an earlier error ends the request first.
 */
function settledLater(check: Promise<void>): () => Promise<void> {
  const outcome = check.then(
    () => undefined,
    (error: unknown) => ({ error }),
  );
  return async () => {
    const failed = await outcome;
    if (failed) throw failed.error;
  };
}
