import { Field, Input, Select } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { Department, Persona } from '../../api/types.js';
import { useLanguage, useTexts } from '../../i18n/language.js';
import { useSession } from '../../session.js';
import { EditableList } from './EditableList.js';
import { fieldError } from './field-error.js';

interface DepartmentDraft {
  name: string;
  headId: string | null;
}

export function DepartmentsSection({ canEdit }: { canEdit: boolean }) {
  const texts = useTexts();
  const language = useLanguage();
  const { api } = useSession();
  const [heads, setHeads] = useState<Persona[]>([]);

  useEffect(() => {
    if (!canEdit) return;
    void api.request<{ people: Persona[] }>('/api/people').then((body) => setHeads(body.people.filter((p) => p.roles.includes('DepartmentHead'))));
  }, [api, canEdit]);

  return (
    <EditableList<Department, DepartmentDraft>
      heading={texts.settings.departments}
      addLabel={texts.settings.addDepartment}
      path="/api/departments"
      canEdit={canEdit}
      columns={[
        { header: texts.settings.departmentName, cell: (d) => d.name },
        { header: texts.settings.head, cell: (d) => d.headName ?? texts.settings.noHead },
      ]}
      emptyDraft={() => ({ name: '', headId: null })}
      toDraft={(d) => ({ name: d.name, headId: d.headId })}
      describeCurrent={(current) => `${String(current.name)} – ${heads.find((h) => h.id === current.headId)?.displayName ?? texts.settings.noHead}`}
      form={(draft, change, error) => (
        <>
          <Field label={texts.settings.departmentName} required validationMessage={fieldError(error, 'name', language)}>
            <Input value={draft.name} onChange={(_, data) => change({ ...draft, name: data.value })} />
          </Field>
          <Field label={texts.settings.head} validationMessage={fieldError(error, 'headId', language)}>
            <Select value={draft.headId ?? ''} onChange={(_, data) => change({ ...draft, headId: data.value === '' ? null : data.value })}>
              <option value="">{texts.settings.noHead}</option>
              {heads.map((head) => (
                <option key={head.id} value={head.id}>
                  {head.displayName} ({head.title})
                </option>
              ))}
            </Select>
          </Field>
        </>
      )}
    />
  );
}
