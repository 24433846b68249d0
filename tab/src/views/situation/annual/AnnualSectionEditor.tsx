import { Field, Textarea } from '@fluentui/react-components';
import { useCallback } from 'react';
import { pick, useLanguage } from '../../../i18n/language.js';
import { useSession } from '../../../session.js';
import { ConflictNotice, SaveStatus } from '../../common/AutosaveNotices.js';
import { ErrorMessage } from '../../common/ErrorMessage.js';
import { fieldError } from '../../settings/field-error.js';
import { useAutosave } from '../../common/use-autosave.js';
import type { AnnualSectionJson } from './annual-types.js';

/** One section's text, saved as it is written; a conflict shows the other text and lets the writer choose. */
export function AnnualSectionEditor({ year, section, editable }: { year: number; section: AnnualSectionJson; editable: boolean }) {
  const language = useLanguage();
  const { api } = useSession();
  const save = useCallback(
    async (text: string, etag: string) => (await api.request<AnnualSectionJson>(`/api/situation/annual/${year}/sections/${section.id}`, { method: 'PUT', body: { text }, ifMatch: etag })).etag,
    [api, year, section.id],
  );
  const theirsOf = useCallback((current: unknown) => {
    const item = current as { text: string; etag: string };
    return { value: item.text, etag: item.etag };
  }, []);
  const { value, change, state, error, theirs, keepMine, useTheirs } = useAutosave({ value: section.text, etag: section.etag }, save, theirsOf);
  return (
    <>
      {theirs && <ConflictNotice theirText={theirs.value} onKeepMine={keepMine} onUseTheirs={useTheirs} />}
      {state === 'failed' && !error?.issues.length && <ErrorMessage error={error} />}
      <Field label={pick(language, section.title)} validationMessage={fieldError(error, 'text', language)}>
        <Textarea rows={5} resize="vertical" value={value} readOnly={!editable} onChange={(_, d) => change(d.value)} />
      </Field>
      {editable && <SaveStatus state={state} />}
    </>
  );
}
