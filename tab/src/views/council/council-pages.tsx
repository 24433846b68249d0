import type { AreaPage } from '../common/PagedArea.js';
import { AgendaPage } from './AgendaPage.js';
import { AgreementsPage } from './AgreementsPage.js';
import { MinutesPage } from './MinutesPage.js';
import { PlanningPage } from './PlanningPage.js';

/** The pages of the Strategiskt råd area, in the order of the year: plan, agenda, minutes; then the agreements. */
export const councilPages: AreaPage[] = [
  { slug: 'planering', title: { sv: 'Planering', en: 'Planning' }, View: PlanningPage },
  { slug: 'dagordning', title: { sv: 'Dagordning', en: 'Agenda' }, View: AgendaPage },
  { slug: 'protokoll', title: { sv: 'Protokoll', en: 'Minutes' }, View: MinutesPage },
  { slug: 'overenskommelser', title: { sv: 'Överenskommelser', en: 'Agreements' }, View: AgreementsPage },
];
