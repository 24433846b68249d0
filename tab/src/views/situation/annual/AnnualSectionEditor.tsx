import { useCallback } from 'react';
import { useSaveAnnualSection } from '../../../api/resources/situation-annual.js';
import { pick, useLanguage } from '../../../i18n/language.js';
import { AutosavedText } from '../../common/AutosavedText.js';
import type { AnnualSectionJson } from './annual-types.js';
import { textLimits } from '../../../../../api/domain/text-limits.js';

const theirsOf = (current: unknown) => {
  const item = current as { text: string; etag: string };
  return { value: item.text, etag: item.etag };
};

/** One section's text, saved as it is written; a conflict shows the other text and lets the writer choose. */
export function AnnualSectionEditor({
  year,
  section,
  editable,
}: {
  year: number;
  section: AnnualSectionJson;
  editable: boolean;
}) {
  const language = useLanguage();
  const { mutateAsync } = useSaveAnnualSection(year);
  const save = useCallback(
    async (text: string, etag: string) =>
      (
        await mutateAsync({
          method: 'PUT',
          path: `/api/situation/annual/${year}/sections/${section.id}`,
          body: { text },
          etag,
        })
      ).etag,
    [mutateAsync, year, section.id],
  );
  return (
    <AutosavedText
      label={pick(language, section.title)}
      text={section.text}
      max={textLimits.document}
      etag={section.etag}
      editable={editable}
      field="text"
      save={save}
      theirsOf={theirsOf}
    />
  );
}
