// GET /api/cycles/{year}, as its response schema says.
export type { CycleJson, MilestoneJson } from '../../../api/contract/cycles.js';
