// GET /api/situation/annual/{year}, as its response schema says.
export type { AnnualJson, AnnualSectionJson } from '../../../../../api/contract/situation.js';
