import type { CycleTemplate } from '../../../../api/domain/cycle/index.js';
import { useChange } from '../use-change.js';
import { useResource } from '../use-resource.js';
import { cycleKeys } from './cycles.js';

/** What GET and PUT /api/cycle-template answer (its response schema lives with the route, not in api/contract). */
export interface CycleTemplateJson {
  template: CycleTemplate;
  id: string;
  etag: string;
}

export const cycleTemplateKeys = { all: ['cycle-template'] as const };

/** The municipality's template of the årshjul: when each milestone falls, who answers for it, the reminders. */
export const useCycleTemplate = () => useResource<CycleTemplateJson>(cycleTemplateKeys.all, '/api/cycle-template');

/** Saves the template with the ETag it was read with; every year's milestones move with it. */
export const useSaveCycleTemplate = () => useChange<CycleTemplateJson>([cycleTemplateKeys.all, cycleKeys.all]);
