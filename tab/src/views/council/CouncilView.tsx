import { useTexts } from '../../i18n/language.js';
import { PagedArea } from '../common/PagedArea.js';
import { councilPages } from './council-pages.js';

/** The Strategiskt råd area: planning, agenda, minutes and the cooperation agreements. */
export function CouncilView() {
  return <PagedArea pages={councilPages} label={useTexts().council.pagesLabel} keepPath />;
}
