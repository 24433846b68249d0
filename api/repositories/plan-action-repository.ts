import { planActionSchema, type PlanAction } from '../domain/action.js';
import type { StoragePort } from '../store/port.js';
import { Collection, type Stored } from './collection.js';

/** The actions of each year's plan; a department's are the rows of its November report. */
export class PlanActionRepository {
  readonly actions: Collection<PlanAction>;

  constructor(store: StoragePort) {
    this.actions = new Collection(
      store,
      {
        name: 'planActions',
        title: 'Åtgärder',
        columns: [
          { name: 'year', type: 'number', indexed: true },
          { name: 'title', type: 'text' },
          { name: 'description', type: 'note' },
          { name: 'departmentId', type: 'text', indexed: true },
          { name: 'actorId', type: 'text', indexed: true },
          { name: 'part', type: 'number', indexed: true },
          { name: 'problemIds', type: 'json' },
          { name: 'factorIds', type: 'json' },
          { name: 'start', type: 'text' },
          { name: 'end', type: 'text' },
          { name: 'indicator', type: 'note' },
          { name: 'target', type: 'note' },
          { name: 'status', type: 'text', indexed: true },
          { name: 'statusComment', type: 'note' },
          { name: 'statusChangedAt', type: 'dateTime' },
          { name: 'statusChangedBy', type: 'text' },
          { name: 'origin', type: 'json' },
          { name: 'carriedFromId', type: 'text' },
        ],
      },
      planActionSchema,
    );
  }

  async ensure(): Promise<void> {
    await this.actions.ensure();
  }

  async ofYear(year: number): Promise<Stored<PlanAction>[]> {
    return this.actions.all({ filters: [{ field: 'year', op: 'eq', value: year }], orderBy: [{ field: 'part' }] });
  }

  async ofDepartment(year: number, departmentId: string): Promise<Stored<PlanAction>[]> {
    return this.actions.all({
      filters: [
        { field: 'year', op: 'eq', value: year },
        { field: 'departmentId', op: 'eq', value: departmentId },
      ],
      orderBy: [{ field: 'part' }],
    });
  }
}
