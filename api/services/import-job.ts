import { setImmediate as nextTurn } from 'node:timers/promises';
import { z } from 'zod';
import {
  importMappingSchema,
  importSourceSchema,
  type ImportMapping,
  type ImportSource,
  type RowError,
} from '../domain/situation/import/mapping.js';
import type { SituationEntry } from '../domain/situation/entry.js';
import type { Stored } from '../repositories/collection.js';
import type { ImportRecord } from '../repositories/import-repository.js';
import { countableFields, countableOf, quarterRange } from '../repositories/situation-count-repository.js';
import type { Countable } from '../domain/situation/counts.js';
import { supersededPreliminary } from './preliminary-figures.js';
import { situationEntriesList } from '../repositories/situation-entry-repository.js';
import { ConflictError } from '../store/errors.js';
import { queryAll, type BatchOperation, type StoragePort } from '../store/port.js';
import type { TableShape } from '../imports/read-table.js';
import type { Logger } from 'pino';
import type { Clock } from '../domain/clock.js';
import type { ImportRepository } from '../repositories/import-repository.js';
import type { SituationCountRepository } from '../repositories/situation-count-repository.js';

export type PreparedEntry = SituationEntry & { importKey: string };

export interface ImportJobDependencies {
  clock: Clock;
  logger: Logger;
  /** The store without the counting decorator: a job writes its rows uncounted and adds their counts in one go at the end. */
  entryStore: StoragePort;
  counts: SituationCountRepository;
  imports: ImportRepository;
  /** Names this instance on the jobs it runs. */
  instanceId: string;
  /** The app's SharePoint budget and what an import leaves of it for people's clicks (resource units a minute). */
  resourceUnits: { perMinute: number; headroom: number };
  sleep?: (ms: number) => Promise<void>;
}

type Prepare = (
  fileId: string,
  source: ImportSource,
  mapping: ImportMapping,
  shape: TableShape,
) => Promise<{ prepared: { entries: PreparedEntry[]; errors: RowError[] } }>;

const jobSettingsSchema = z.object({
  source: importSourceSchema,
  mapping: importMappingSchema,
  shape: z.object({ sheet: z.number().optional(), headerRow: z.number().optional() }),
});
// Rows between progress notes: one SQLite transaction locally, five $batch requests on SharePoint.
const chunkRows = { embedded: 5_000, sharepoint: 100 } as const;
const writeUnits = 2;
const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * One import's rows written in the background. Its record says how far it came; the rows carry the import's
 * id, so a job taken over after a restart writes only what is missing (rows already there have their keys)
 * and counts its quarters again from the entries. A note refused for a stale ETag means another instance
 * has taken the job over: this one stops.
 */
export class ImportJob {
  private record: Stored<ImportRecord>;
  private read?: Promise<{ all: PreparedEntry[]; fresh: PreparedEntry[] }>;

  constructor(
    private readonly deps: ImportJobDependencies,
    record: Stored<ImportRecord>,
    private readonly existingKeys: (source: ImportSource) => Promise<Set<string>>,
    private readonly prepare: Prepare,
  ) {
    this.record = record;
  }

  /** `fresh` are the rows to write when the job has just been accepted; without them it resumes. */
  async run(fresh?: PreparedEntry[]): Promise<void> {
    try {
      if (this.record.status === 'running') {
        const rows = fresh ?? (await this.prepared()).fresh;
        await this.write(rows);
        await this.note({ status: 'counting', written: this.record.added });
      }
      // Final Brå figures replace the preliminary ones of their period (again after a restart: what is left).
      const superseded = await this.removeSuperseded(fresh ?? (await this.prepared()).all);
      if (fresh) await this.deps.counts.apply(fresh, superseded, false, this.actor(), (units) => this.pace(units));
      else await this.recount();
      await this.note({ status: 'done', finishedAt: this.deps.clock.now().toISOString() });
    } catch (error) {
      if (error instanceof ConflictError) return;
      await this.fail(error);
      throw error;
    }
  }

  /** The file read again as the job was accepted: all its rows, and those not yet in the lägesbild. */
  private async prepared(): Promise<{ all: PreparedEntry[]; fresh: PreparedEntry[] }> {
    this.read ??= (async () => {
      const settings = jobSettingsSchema.parse(JSON.parse(this.record.job ?? '{}'));
      const { prepared } = await this.prepare(this.record.fileId, settings.source, settings.mapping, settings.shape);
      const existing = await this.existingKeys(settings.source);
      return { all: prepared.entries, fresh: prepared.entries.filter((entry) => !existing.has(entry.importKey)) };
    })();
    return this.read;
  }

  /** Deletes the preliminary figures the rows' final ones replace; answers them, for the counts. */
  private async removeSuperseded(rows: readonly PreparedEntry[]): Promise<Countable[]> {
    const superseded = await supersededPreliminary(this.deps.entryStore, rows);
    for (let start = 0; start < superseded.length; start += 100) {
      const chunk = superseded.slice(start, start + 100);
      await this.pace(chunk.length * writeUnits);
      await this.deps.entryStore.batch(
        chunk.map(
          (item): BatchOperation => ({ op: 'delete', list: situationEntriesList, id: item.id, etag: item.etag }),
        ),
        this.actor(),
      );
    }
    return superseded.flatMap((item) => countableOf(item.fields) ?? []);
  }

  private async write(rows: PreparedEntry[]): Promise<void> {
    const size = chunkRows[this.deps.entryStore.kind];
    let written = this.record.added - rows.length;
    for (let start = 0; start < rows.length; start += size) {
      const chunk = rows.slice(start, start + size);
      await this.pace(chunk.length * writeUnits + writeUnits);
      await this.deps.entryStore.batch(
        chunk.map(
          (entry): BatchOperation => ({
            op: 'create',
            list: situationEntriesList,
            fields: { ...entry, importId: this.record.id },
          }),
        ),
        this.actor(),
      );
      written += chunk.length;
      await this.note({ written });
    }
  }

  /** The quarters this import's rows fall in, counted again from the entries as they now are. */
  private async recount(): Promise<void> {
    const ours = await queryAll(this.deps.entryStore, situationEntriesList, {
      filters: [{ field: 'importId', op: 'eq', value: this.record.id }],
      select: countableFields,
      top: 500,
    });
    const range = quarterRange(ours.flatMap((item) => countableOf(item.fields) ?? []));
    if (range) await this.deps.counts.rebuildQuarters(range.from, range.to, false, this.actor());
  }

  private async fail(error: unknown): Promise<void> {
    try {
      await this.recount();
      await this.note({
        status: 'failed',
        finishedAt: this.deps.clock.now().toISOString(),
        error: error instanceof Error ? error.message : String(error),
      });
    } catch (noted) {
      this.deps.logger.error({ err: noted, importId: this.record.id }, 'import job could not note its failure');
    }
  }

  /** Progress on the record, with the ETag it was read with: also this instance's claim on the job. */
  private async note(patch: Partial<ImportRecord>): Promise<void> {
    this.record = await this.deps.imports.imports.update(
      this.record.id,
      this.record.etag,
      { ...patch, runner: this.deps.instanceId, heartbeatAt: this.deps.clock.now().toISOString() },
      this.actor(),
    );
  }

  /** On SharePoint: waits until `units` more keep the last minute within the budget less people's headroom. */
  private async pace(units: number): Promise<void> {
    const meter = this.deps.entryStore.resourceUnits;
    // The embedded store writes without waiting on anything: requests that came in meanwhile get their turn.
    if (!meter) return nextTurn();
    const budget = Math.max(1, this.deps.resourceUnits.perMinute - this.deps.resourceUnits.headroom);
    const sleep = this.deps.sleep ?? realSleep;
    for (
      let wait = meter.waitMs(Math.min(units, budget), budget);
      wait > 0;
      wait = meter.waitMs(Math.min(units, budget), budget)
    )
      await sleep(wait);
  }

  private actor(): string {
    return this.record.importedBy;
  }
}
