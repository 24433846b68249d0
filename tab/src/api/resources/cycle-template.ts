import type { CycleTemplateJson } from '../../../../api/contract/cycle-template.js';
import { useChange } from '../use-change.js';
import { useResource } from '../use-resource.js';
import { cycleKeys } from './cycles.js';

export const cycleTemplateKeys = { all: ['cycle-template'] as const };

/** The municipality's template of the årshjul: when each milestone falls, who answers for it, the reminders. */
export const useCycleTemplate = () => useResource<CycleTemplateJson>(cycleTemplateKeys.all, '/api/cycle-template');

/** Saves the template with the ETag it was read with; every year's milestones move with it. */
export const useSaveCycleTemplate = () => useChange<CycleTemplateJson>([cycleTemplateKeys.all, cycleKeys.all]);
