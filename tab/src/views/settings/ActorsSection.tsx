import { Checkbox, Field, Select } from '@fluentui/react-components';
import { Input } from '../common/text-fields.js';
import {
  actorInputSchema,
  actorKindSchema,
  actorKindTitles,
  type ActorKind,
  actorsMax,
} from '../../../../api/domain/organisation.js';
import { lineLimit } from '../../../../api/domain/max-length.js';
import { LimitedField } from '../common/LimitedField.js';
import { pick, useLanguage, useTexts } from '../../i18n/language.js';
import { ActorMembersField } from './ActorMembersField.js';
import { EditableList } from './EditableList.js';
import { fieldError } from '../common/field-error.js';

interface ActorDraft {
  name: string;
  kind: ActorKind;
  contact: string;
  councilParticipant: boolean;
  members: { id: string; name: string }[];
}

const actorLimits = {
  name: lineLimit(actorInputSchema.shape.name),
  contact: lineLimit(actorInputSchema.shape.contact),
};

export function ActorsSection({ canEdit }: { canEdit: boolean }) {
  const texts = useTexts();
  const language = useLanguage();
  return (
    <EditableList
      heading={texts.settings.actors}
      addLabel={texts.settings.addActor}
      path="/api/actors"
      canEdit={canEdit}
      limit={{ max: actorsMax, what: texts.settings.actorsMany }}
      columns={[
        { header: texts.settings.actorName, cell: (a) => a.name, written: true },
        { header: texts.settings.kind, cell: (a) => pick(language, actorKindTitles[a.kind]) },
        { header: texts.settings.contact, cell: (a) => a.contact, written: true },
        {
          header: texts.settings.councilParticipant,
          cell: (a) => (a.councilParticipant ? texts.settings.yes : texts.settings.no),
        },
        { header: texts.settings.members, cell: (a) => a.members.map((m) => m.name).join(', ') || '–', written: true },
      ]}
      emptyDraft={(): ActorDraft => ({ name: '', kind: 'other', contact: '', councilParticipant: true, members: [] })}
      toDraft={({ name, kind, contact, councilParticipant, members }) => ({
        name,
        kind,
        contact,
        councilParticipant,
        members,
      })}
      toBody={({ members, ...actor }) => ({ ...actor, memberIds: members.map((m) => m.id) })}
      describeCurrent={(current) => `${String(current.name)}, ${String(current.contact)}`}
      form={(draft, change, error) => (
        <>
          <LimitedField
            value={draft.name}
            max={actorLimits.name}
            label={texts.settings.actorName}
            required
            validationMessage={fieldError(error, 'name', language)}
          >
            <Input value={draft.name} onChange={(_, data) => change({ ...draft, name: data.value })} />
          </LimitedField>
          <Field label={texts.settings.kind} validationMessage={fieldError(error, 'kind', language)}>
            <Select
              value={draft.kind}
              onChange={(_, data) => change({ ...draft, kind: actorKindSchema.parse(data.value) })}
            >
              {actorKindSchema.options.map((kind) => (
                <option key={kind} value={kind}>
                  {pick(language, actorKindTitles[kind])}
                </option>
              ))}
            </Select>
          </Field>
          <LimitedField
            value={draft.contact}
            max={actorLimits.contact}
            label={texts.settings.contact}
            validationMessage={fieldError(error, 'contact', language)}
          >
            <Input value={draft.contact} onChange={(_, data) => change({ ...draft, contact: data.value })} />
          </LimitedField>
          <Checkbox
            checked={draft.councilParticipant}
            label={texts.settings.councilParticipant}
            onChange={(_, data) => change({ ...draft, councilParticipant: data.checked === true })}
          />
          <ActorMembersField
            members={draft.members}
            validationMessage={fieldError(error, 'memberIds', language)}
            onChange={(members) => change({ ...draft, members })}
          />
        </>
      )}
    />
  );
}
