import type { ComponentType } from 'react';
import type { Capabilities } from '../../../../api/domain/roles.js';
import { AnnualPage } from './annual/AnnualPage.js';
import { EntriesPage } from './entries/EntriesPage.js';
import { ImportPage } from './imports/ImportPage.js';
import { QuarterlyPage } from './quarterly/QuarterlyPage.js';

/** One page of the Lägesbild area, reached at #/lagesbild/<slug>. The first page is the area's start. */
export interface SituationPage {
  slug: string;
  title: { sv: string; en: string };
  /** Shown only to those with this capability. */
  requires?: keyof Capabilities;
  /** Gets what follows its slug in the hash (#/lagesbild/kvartal/2026/3 → ['2026', '3']). */
  View: ComponentType<{ path: string[] }>;
}

/** The pages of the Lägesbild area, in the order of its tab list. */
export const situationPages: SituationPage[] = [
  { slug: 'poster', title: { sv: 'Poster', en: 'Entries' }, View: EntriesPage },
  { slug: 'import', title: { sv: 'Import', en: 'Import' }, requires: 'importSituation', View: ImportPage },
  { slug: 'kvartal', title: { sv: 'Kvartal', en: 'Quarter' }, View: QuarterlyPage },
  { slug: 'arlig', title: { sv: 'Årlig lägesbild', en: 'Annual situation picture' }, View: AnnualPage },
];
