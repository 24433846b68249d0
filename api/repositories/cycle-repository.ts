import { z } from 'zod';
import type { StoragePort } from '../store/port.js';
import { Collection, type Stored } from './collection.js';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const milestoneOverrideRecordSchema = z.object({
  year: z.number().int(),
  milestoneId: z.string().min(1),
  /** Null once the date is back where the rule puts it; the record stays, to count the revision. */
  due: isoDate.nullable(),
  movedBy: z.string(),
  movedAt: z.string(),
  reason: z.string().nullable().default(null),
  /** How many times the date has been changed, reverts included (rows from before it count as one). */
  revision: z.number().int().min(1).default(1),
});
export type MilestoneOverrideRecord = z.infer<typeof milestoneOverrideRecordSchema>;

const milestoneCompletionRecordSchema = z.object({
  year: z.number().int(),
  milestoneId: z.string().min(1),
  doneAt: isoDate,
  markedBy: z.string(),
  markedAt: z.string(),
  decisionParagraph: z.string().nullable().default(null),
  note: z.string().nullable().default(null),
});
export type MilestoneCompletionRecord = z.infer<typeof milestoneCompletionRecordSchema>;

/** What the säkerhetschef decided about single milestones of a year: moved dates and events marked done. */
export class CycleRepository {
  readonly overrides: Collection<MilestoneOverrideRecord>;
  readonly completions: Collection<MilestoneCompletionRecord>;

  constructor(store: StoragePort) {
    this.overrides = new Collection(
      store,
      {
        name: 'milestoneOverrides',
        title: 'Flyttade datum',
        columns: [
          { name: 'year', type: 'number', indexed: true },
          { name: 'milestoneId', type: 'text', indexed: true },
          { name: 'due', type: 'dateTime' },
          { name: 'movedBy', type: 'text' },
          { name: 'movedAt', type: 'dateTime' },
          { name: 'reason', type: 'note' },
          { name: 'revision', type: 'number' },
        ],
      },
      milestoneOverrideRecordSchema,
    );
    this.completions = new Collection(
      store,
      {
        name: 'milestoneCompletions',
        title: 'Avklarade milstolpar',
        columns: [
          { name: 'year', type: 'number', indexed: true },
          { name: 'milestoneId', type: 'text', indexed: true },
          { name: 'doneAt', type: 'dateTime' },
          { name: 'markedBy', type: 'text' },
          { name: 'markedAt', type: 'dateTime' },
          { name: 'decisionParagraph', type: 'text' },
          { name: 'note', type: 'note' },
        ],
      },
      milestoneCompletionRecordSchema,
    );
  }

  async ensure(): Promise<void> {
    await Promise.all([this.overrides.ensure(), this.completions.ensure()]);
  }

  async overridesFor(year: number): Promise<Stored<MilestoneOverrideRecord>[]> {
    return this.overrides.all({ filters: [{ field: 'year', op: 'eq', value: year }] });
  }

  async completionsFor(year: number): Promise<Stored<MilestoneCompletionRecord>[]> {
    return this.completions.all({ filters: [{ field: 'year', op: 'eq', value: year }] });
  }
}
