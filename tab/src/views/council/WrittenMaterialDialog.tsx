import { Textarea } from '../common/text-fields.js';
import { useState } from 'react';
import type { WrittenMaterial } from '../../../../api/domain/council/council.js';
import { annualSectionIdSchema, annualSectionTitles } from '../../../../api/domain/situation/annual-sections.js';
import { useChangeCouncil } from '../../api/resources/councils.js';
import { pick, useLanguage, useTexts } from '../../i18n/language.js';
import { withWritten } from '../../i18n/written.js';
import { FormDialog } from '../common/FormDialog.js';
import { fieldError } from '../common/field-error.js';
import type { MaterialJson } from './council-types.js';
import { LimitedField } from '../common/LimitedField.js';
import { textLimits } from '../../../../api/domain/text-limits.js';

const empty = (): WrittenMaterial => ({
  summary: '',
  problemPicture: '',
  causeAnalysis: '',
  actionsTaken: '',
  actionsPlanned: '',
  newPhenomena: '',
});

/** The actor's written lägesbild, written here under the annual lägesbild's headings instead of sent as a file. */
export function WrittenMaterialDialog({
  open,
  year,
  material,
  onClose,
}: {
  open: boolean;
  year: number;
  material: MaterialJson;
  onClose: (saved: boolean) => void;
}) {
  const texts = useTexts().council;
  const language = useLanguage();
  const change = useChangeCouncil(year);
  const [draft, setDraft] = useState<WrittenMaterial>(() => ({ ...empty(), ...(material.written ?? {}) }));
  const error = change.error ?? undefined;
  const save = () =>
    change
      .mutateAsync({
        method: 'PUT',
        path: `/api/councils/${year}/materials/${encodeURIComponent(material.actorId)}/written`,
        body: draft,
      })
      .then(
        () => onClose(true),
        () => undefined,
      );
  return (
    <FormDialog
      open={open}
      title={withWritten(texts.writeMaterialFor, material.actorName)}
      error={error}
      saveLabel={texts.save}
      cancelLabel={texts.cancel}
      onSave={save}
      onClose={() => onClose(false)}
    >
      {annualSectionIdSchema.options.map((section) => (
        <LimitedField
          key={section}
          value={draft[section]}
          max={textLimits.description}
          label={pick(language, annualSectionTitles[section])}
          validationMessage={fieldError(error, section, language)}
        >
          <Textarea
            resize="vertical"
            rows={3}
            value={draft[section]}
            onChange={(_, d) => setDraft({ ...draft, [section]: d.value })}
          />
        </LimitedField>
      ))}
    </FormDialog>
  );
}
