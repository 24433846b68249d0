import { Field, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import type { WrittenMaterial } from '../../../../api/domain/council/council.js';
import { annualSectionIdSchema, annualSectionTitles } from '../../../../api/domain/situation/annual-sections.js';
import { ApiError } from '../../api/client.js';
import { pick, useLanguage, useTexts } from '../../i18n/language.js';
import { useSession } from '../../session.js';
import { FormDialog } from '../common/FormDialog.js';
import { fieldError } from '../common/field-error.js';
import type { CouncilJson, MaterialJson } from './council-types.js';

const empty = (): WrittenMaterial => ({ summary: '', problemPicture: '', causeAnalysis: '', actionsTaken: '', actionsPlanned: '', newPhenomena: '' });

/** The actor's written lägesbild, written here under the annual lägesbild's headings instead of sent as a file. */
export function WrittenMaterialDialog({ open, year, material, onClose }: { open: boolean; year: number; material: MaterialJson; onClose: (saved: CouncilJson | undefined) => void }) {
  const texts = useTexts().council;
  const language = useLanguage();
  const { api } = useSession();
  const [draft, setDraft] = useState<WrittenMaterial>(() => ({ ...empty(), ...(material.written ?? {}) }));
  const [error, setError] = useState<ApiError>();
  const save = async () => {
    try {
      onClose(await api.request<CouncilJson>(`/api/councils/${year}/materials/${encodeURIComponent(material.actorId)}/written`, { method: 'PUT', body: draft }));
    } catch (e) {
      setError(e instanceof ApiError ? e : undefined);
    }
  };
  return (
    <FormDialog open={open} title={texts.writeMaterialFor(material.actorName)} error={error} saveLabel={texts.save} cancelLabel={texts.cancel} onSave={() => void save()} onClose={() => onClose(undefined)}>
      {annualSectionIdSchema.options.map((section) => (
        <Field key={section} label={pick(language, annualSectionTitles[section])} validationMessage={fieldError(error, section, language)}>
          <Textarea resize="vertical" rows={3} value={draft[section]} onChange={(_, d) => setDraft({ ...draft, [section]: d.value })} />
        </Field>
      ))}
    </FormDialog>
  );
}
