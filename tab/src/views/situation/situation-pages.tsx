import type { AreaPage } from '../common/PagedArea.js';
import { AnnualPage } from './annual/AnnualPage.js';
import { EntriesPage } from './entries/EntriesPage.js';
import { ImportPage } from './imports/ImportPage.js';
import { QuarterlyPage } from './quarterly/QuarterlyPage.js';

/** The pages of the Lägesbild area, in the order of its tab list. */
export const situationPages: AreaPage[] = [
  { slug: 'poster', title: { sv: 'Poster', en: 'Entries' }, View: EntriesPage },
  { slug: 'import', title: { sv: 'Import', en: 'Import' }, requires: 'importSituation', View: ImportPage },
  { slug: 'kvartal', title: { sv: 'Kvartal', en: 'Quarter' }, View: QuarterlyPage },
  { slug: 'arlig', title: { sv: 'Årlig lägesbild', en: 'Annual situation picture' }, View: AnnualPage },
];
