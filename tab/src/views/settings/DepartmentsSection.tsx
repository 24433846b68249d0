import { Input } from '../common/text-fields.js';
import { useLanguage, useTexts } from '../../i18n/language.js';
import { writtenOr } from '../../i18n/written.js';
import { PeoplePicker } from '../common/PeoplePicker.js';
import { EditableList } from './EditableList.js';
import { fieldError } from '../common/field-error.js';
import { LimitedField } from '../common/LimitedField.js';
import { lineLimit } from '../../../../api/domain/max-length.js';
import { departmentInputSchema } from '../../../../api/domain/organisation.js';

const nameLimit = lineLimit(departmentInputSchema.shape.name);

interface DepartmentDraft {
  name: string;
  headId: string | null;
  /** Shown in the picker, not sent: the API finds the name in the directory. */
  headName: string | null;
}

export function DepartmentsSection({ canEdit }: { canEdit: boolean }) {
  const texts = useTexts();
  const language = useLanguage();

  return (
    <EditableList
      heading={texts.settings.departments}
      addLabel={texts.settings.addDepartment}
      path="/api/departments"
      canEdit={canEdit}
      columns={[
        { header: texts.settings.departmentName, cell: (d) => d.name, written: true },
        { header: texts.settings.head, cell: (d) => writtenOr(d.headName, texts.settings.noHead) },
      ]}
      emptyDraft={(): DepartmentDraft => ({ name: '', headId: null, headName: null })}
      toDraft={(d) => ({ name: d.name, headId: d.headId, headName: d.headName })}
      toBody={(draft) => ({ name: draft.name, headId: draft.headId })}
      describeCurrent={(current) => `${String(current.name)} – ${String(current.headName ?? texts.settings.noHead)}`}
      form={(draft, change, error) => (
        <>
          <LimitedField
            value={draft.name}
            max={nameLimit}
            label={texts.settings.departmentName}
            required
            validationMessage={fieldError(error, 'name', language)}
          >
            <Input value={draft.name} onChange={(_, data) => change({ ...draft, name: data.value })} />
          </LimitedField>
          <PeoplePicker
            label={texts.settings.head}
            value={draft.headId}
            valueName={draft.headName}
            noneLabel={texts.settings.noHead}
            validationMessage={fieldError(error, 'headId', language)}
            onChange={(headId, headName) => change({ ...draft, headId, headName })}
          />
        </>
      )}
    />
  );
}
