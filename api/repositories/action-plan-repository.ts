import { z } from 'zod';
import { actionPlanRecordSchema, type ActionPlanRecord } from '../domain/action-plan/plan.js';
import type { StoragePort } from '../store/port.js';
import { Collection, type Stored } from './collection.js';

const partRecordSchema = z.object({
  year: z.number().int(),
  part: z.number().int().min(1).max(4),
  content: z.record(z.string(), z.unknown()),
  /** Copied from another year's plan and not yet read through: the plan cannot go to decision. */
  needsReview: z.preprocess((value) => value ?? false, z.boolean()),
});
export type PartRecord = z.infer<typeof partRecordSchema>;

/** Each year's plan (its state and decisions) and its parts, one item per part so that two people writing different parts never collide. */
export class ActionPlanRepository {
  readonly plans: Collection<ActionPlanRecord>;
  readonly parts: Collection<PartRecord>;

  constructor(store: StoragePort) {
    this.plans = new Collection(
      store,
      {
        name: 'actionPlans',
        title: 'Åtgärdsplaner',
        columns: [
          { name: 'year', type: 'number', indexed: true },
          { name: 'planVersion', type: 'number' },
          { name: 'status', type: 'text', indexed: true },
          { name: 'decision', type: 'json' },
          { name: 'previousDecisions', type: 'json' },
          { name: 'copiedFromYear', type: 'number' },
        ],
      },
      actionPlanRecordSchema,
    );
    this.parts = new Collection(
      store,
      {
        name: 'actionPlanParts',
        title: 'Åtgärdsplanernas delar',
        columns: [
          { name: 'year', type: 'number', indexed: true },
          { name: 'part', type: 'number', indexed: true },
          { name: 'content', type: 'json' },
          { name: 'needsReview', type: 'boolean' },
        ],
      },
      partRecordSchema,
    );
  }

  async ensure(): Promise<void> {
    await Promise.all([this.plans.ensure(), this.parts.ensure()]);
  }

  async plan(year: number): Promise<Stored<ActionPlanRecord> | undefined> {
    const [plan] = await this.plans.all({ filters: [{ field: 'year', op: 'eq', value: year }], top: 1 });
    return plan;
  }

  async partsOf(year: number): Promise<Stored<PartRecord>[]> {
    return this.parts.all({ filters: [{ field: 'year', op: 'eq', value: year }], orderBy: [{ field: 'part' }] });
  }
}
