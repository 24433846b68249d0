import { useTexts } from '../../i18n/language.js';
import type { AreaPage } from '../common/PagedArea.js';
import { PagedArea } from '../common/PagedArea.js';
import { DocumentsPage } from './DocumentsPage.js';
import { MeetingsPage } from './MeetingsPage.js';
import { MembersPage } from './MembersPage.js';

const bobPages: AreaPage[] = [
  { slug: 'moten', title: { sv: 'Möten', en: 'Meetings' }, View: MeetingsPage },
  { slug: 'dokument', title: { sv: 'Dokument', en: 'Documents' }, View: DocumentsPage },
  { slug: 'medlemmar', title: { sv: 'Medlemmar', en: 'Members' }, View: MembersPage },
];

/** The BOB group's space: meetings, documents and members; the menu shows it to the group alone. */
export function BobView() {
  return <PagedArea pages={bobPages} label={useTexts().bob.pagesLabel} />;
}
