import { planActionSchema, type PlanAction } from '../domain/action.js';
import type { StoragePort } from '../store/port.js';
import { Collection, type Stored } from './collection.js';

/** The actions of each year's plan; the department reports give their status. */
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
          { name: 'departmentId', type: 'text', indexed: true },
          { name: 'part', type: 'number', indexed: true },
        ],
      },
      planActionSchema,
    );
  }

  async ensure(): Promise<void> {
    await this.actions.ensure();
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
