import { z } from 'zod';
import { agendaItemSchema } from '../domain/council/agenda.js';
import { commitmentOutcomeSchema } from '../domain/council/commitment-result.js';
import { storedMinutesSchema } from '../domain/council/minutes.js';
import type { StoragePort } from '../store/port.js';
import { Collection, type Stored } from './collection.js';

const councilRecordSchema = z.object({
  year: z.number().int(),
  place: z.string().default(''),
  invitedActorIds: z.array(z.string()).default([]),
  preparationNotes: z.string().default(''),
  agenda: z.array(agendaItemSchema).nullable().default(null),
  minutes: storedMinutesSchema.nullable().default(null),
});
export type CouncilRecord = z.infer<typeof councilRecordSchema>;

const materialRecordSchema = z.object({
  year: z.number().int(),
  actorId: z.string(),
  receivedOn: z.string().nullable().default(null),
  note: z.string().default(''),
  documentPath: z.string().nullable().default(null),
  /** The lägesbild written in the tab, heading by heading, when the actor did not send a file. */
  written: z.record(z.string(), z.string()).nullable().default(null),
});
export type MaterialRecord = z.infer<typeof materialRecordSchema>;

const commitmentResultRecordSchema = z.object({
  /** The year of the council whose minutes hold the commitment. */
  year: z.number().int(),
  commitmentId: z.string(),
  outcome: commitmentOutcomeSchema,
  text: z.string().default(''),
  reportedBy: z.string(),
  reportedOn: z.string(),
});
export type CommitmentResultRecord = z.infer<typeof commitmentResultRecordSchema>;

/**
 * The strategic council of each year, each invited actor's written lägesbild for it (one item per actor), and
 * what became of each commitment in its minutes (one item per commitment, written by the actor's people).
 */
export class CouncilRepository {
  readonly councils: Collection<CouncilRecord>;
  readonly materials: Collection<MaterialRecord>;
  readonly commitmentResults: Collection<CommitmentResultRecord>;

  constructor(store: StoragePort) {
    this.councils = new Collection(
      store,
      {
        name: 'councils',
        title: 'Strategiska råd',
        columns: [
          { name: 'year', type: 'number', indexed: true },
          { name: 'place', type: 'text' },
          { name: 'invitedActorIds', type: 'json' },
          { name: 'preparationNotes', type: 'note' },
          { name: 'agenda', type: 'json' },
          { name: 'minutes', type: 'json' },
        ],
      },
      councilRecordSchema,
    );
    this.materials = new Collection(
      store,
      {
        name: 'councilMaterials',
        title: 'Aktörernas lägesbilder',
        columns: [
          { name: 'year', type: 'number', indexed: true },
          { name: 'actorId', type: 'text', indexed: true },
          { name: 'receivedOn', type: 'text' },
          { name: 'note', type: 'note' },
          { name: 'documentPath', type: 'text' },
          { name: 'written', type: 'json' },
        ],
      },
      materialRecordSchema,
    );
    this.commitmentResults = new Collection(
      store,
      {
        name: 'commitmentResults',
        title: 'Åtagandenas resultat',
        columns: [
          { name: 'year', type: 'number', indexed: true },
          { name: 'commitmentId', type: 'text', indexed: true },
          { name: 'outcome', type: 'text' },
          { name: 'text', type: 'note' },
          { name: 'reportedBy', type: 'text' },
          { name: 'reportedOn', type: 'text' },
        ],
      },
      commitmentResultRecordSchema,
    );
  }

  async ensure(): Promise<void> {
    await Promise.all([this.councils.ensure(), this.materials.ensure(), this.commitmentResults.ensure()]);
  }

  async council(year: number): Promise<Stored<CouncilRecord> | undefined> {
    return (await this.councils.all({ filters: [{ field: 'year', op: 'eq', value: year }] }))[0];
  }

  async materialsOf(year: number): Promise<Stored<MaterialRecord>[]> {
    return this.materials.all({ filters: [{ field: 'year', op: 'eq', value: year }] });
  }

  async commitmentResultsOf(year: number): Promise<Stored<CommitmentResultRecord>[]> {
    return this.commitmentResults.all({ filters: [{ field: 'year', op: 'eq', value: year }] });
  }
}
