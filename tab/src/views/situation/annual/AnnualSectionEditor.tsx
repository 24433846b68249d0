import { useCallback } from 'react';
import { pick, useLanguage } from '../../../i18n/language.js';
import { useSession } from '../../../session.js';
import { AutosavedText } from '../../common/AutosavedText.js';
import type { AnnualSectionJson } from './annual-types.js';

const theirsOf = (current: unknown) => {
  const item = current as { text: string; etag: string };
  return { value: item.text, etag: item.etag };
};

/** One section's text, saved as it is written; a conflict shows the other text and lets the writer choose. */
export function AnnualSectionEditor({ year, section, editable }: { year: number; section: AnnualSectionJson; editable: boolean }) {
  const language = useLanguage();
  const { api } = useSession();
  const save = useCallback(
    async (text: string, etag: string) => (await api.request<AnnualSectionJson>(`/api/situation/annual/${year}/sections/${section.id}`, { method: 'PUT', body: { text }, ifMatch: etag })).etag,
    [api, year, section.id],
  );
  return <AutosavedText label={pick(language, section.title)} text={section.text} etag={section.etag} editable={editable} field="text" save={save} theirsOf={theirsOf} />;
}
