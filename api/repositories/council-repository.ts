import { z } from 'zod';
import { agendaItemSchema } from '../domain/council/agenda.js';
import { minutesSchema } from '../domain/council/minutes.js';
import type { StoragePort } from '../store/port.js';
import { Collection, type Stored } from './collection.js';

const councilRecordSchema = z.object({
  year: z.number().int(),
  place: z.string().default(''),
  invitedActorIds: z.array(z.string()).default([]),
  preparationNotes: z.string().default(''),
  agenda: z.array(agendaItemSchema).nullable().default(null),
  minutes: minutesSchema.nullable().default(null),
});
export type CouncilRecord = z.infer<typeof councilRecordSchema>;

const materialRecordSchema = z.object({
  year: z.number().int(),
  actorId: z.string(),
  receivedOn: z.string().nullable().default(null),
  note: z.string().default(''),
  documentPath: z.string().nullable().default(null),
});
export type MaterialRecord = z.infer<typeof materialRecordSchema>;

/** The strategic council of each year, and each invited actor's written lägesbild for it (one item per actor). */
export class CouncilRepository {
  readonly councils: Collection<CouncilRecord>;
  readonly materials: Collection<MaterialRecord>;

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
        ],
      },
      materialRecordSchema,
    );
  }

  async ensure(): Promise<void> {
    await Promise.all([this.councils.ensure(), this.materials.ensure()]);
  }

  async council(year: number): Promise<Stored<CouncilRecord> | undefined> {
    return (await this.councils.all({ filters: [{ field: 'year', op: 'eq', value: year }] }))[0];
  }

  async materialsOf(year: number): Promise<Stored<MaterialRecord>[]> {
    return this.materials.all({ filters: [{ field: 'year', op: 'eq', value: year }] });
  }
}
