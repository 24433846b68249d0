import { Field } from '@fluentui/react-components';
import { Input, Textarea } from '../common/text-fields.js';
import { useState } from 'react';
import { type BobMeetingInput, bobMeetingInputSchema } from '../../../../api/domain/bob.js';
import { lineLimit } from '../../../../api/domain/max-length.js';
import { useChangeBobMeeting } from '../../api/resources/bob.js';
import { useLanguage, useTexts } from '../../i18n/language.js';
import { withWritten } from '../../i18n/written.js';
import { FormDialog } from '../common/FormDialog.js';
import { fieldError } from '../common/field-error.js';
import type { BobMeetingJson } from '../../../../api/contract/bob.js';
import { DateInput } from '../common/DateInput.js';
import { LimitedField } from '../common/LimitedField.js';
import { textLimits } from '../../../../api/domain/text-limits.js';

const draftOf = (meeting: BobMeetingJson | undefined, today: string): BobMeetingInput => ({
  date: meeting?.date ?? today,
  title: meeting?.title ?? '',
  place: meeting?.place ?? '',
  attendees: meeting?.attendees ?? '',
  notes: meeting?.notes ?? '',
});

/** The limits the service refuses at, for the counts beside the fields. */
const meetingLimits = {
  title: lineLimit(bobMeetingInputSchema.shape.title),
  place: lineLimit(bobMeetingInputSchema.shape.place),
  attendees: lineLimit(bobMeetingInputSchema.shape.attendees),
};

/** Records or changes one BOB meeting with its notes. */
export function MeetingDialog({
  open,
  meeting,
  today,
  onClose,
}: {
  open: boolean;
  meeting?: BobMeetingJson;
  today: string;
  onClose: (saved: boolean) => void;
}) {
  const texts = useTexts().bob;
  const language = useLanguage();
  const change = useChangeBobMeeting();
  const [draft, setDraft] = useState(() => draftOf(meeting, today));
  const error = change.error ?? undefined;
  const issue = (field: string) => fieldError(error, field, language);
  const save = () =>
    change
      .mutateAsync(
        meeting
          ? { method: 'PUT', path: `/api/bob/meetings/${meeting.id}`, body: draft, etag: meeting.etag }
          : { method: 'POST', path: '/api/bob/meetings', body: draft },
      )
      .then(
        () => onClose(true),
        () => undefined,
      );
  return (
    <FormDialog
      open={open}
      title={meeting ? withWritten(texts.editMeeting, meeting.title) : texts.addMeeting}
      error={error}
      saveLabel={texts.save}
      cancelLabel={texts.cancel}
      onSave={save}
      onClose={() => onClose(false)}
    >
      <Field label={texts.date} required validationMessage={issue('date')}>
        <DateInput value={draft.date} onChange={(_, d) => setDraft({ ...draft, date: d.value })} />
      </Field>
      <LimitedField
        value={draft.title}
        max={meetingLimits.title}
        label={texts.title}
        required
        validationMessage={issue('title')}
      >
        <Input value={draft.title} onChange={(_, d) => setDraft({ ...draft, title: d.value })} />
      </LimitedField>
      <LimitedField
        value={draft.place}
        max={meetingLimits.place}
        label={texts.place}
        validationMessage={issue('place')}
      >
        <Input value={draft.place} onChange={(_, d) => setDraft({ ...draft, place: d.value })} />
      </LimitedField>
      <LimitedField
        value={draft.attendees}
        max={meetingLimits.attendees}
        label={texts.attendees}
        validationMessage={issue('attendees')}
      >
        <Input value={draft.attendees} onChange={(_, d) => setDraft({ ...draft, attendees: d.value })} />
      </LimitedField>
      <LimitedField
        value={draft.notes}
        max={textLimits.document}
        label={texts.notes}
        hint={texts.notesHint}
        validationMessage={issue('notes')}
      >
        <Textarea
          rows={8}
          resize="vertical"
          value={draft.notes}
          onChange={(_, d) => setDraft({ ...draft, notes: d.value })}
        />
      </LimitedField>
    </FormDialog>
  );
}
