import { useTexts } from '../../i18n/language.js';
import { PagedArea } from '../common/PagedArea.js';
import { situationPages } from './situation-pages.js';

/** The Lägesbild area: entries, import, quarter and the annual lägesbild. */
export function SituationView() {
  return <PagedArea pages={situationPages} label={useTexts().situation.pagesLabel} />;
}
