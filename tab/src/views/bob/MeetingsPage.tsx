import {
  Body1,
  Button,
  Link,
  MessageBar,
  MessageBarBody,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  useRestoreFocusTarget,
} from '@fluentui/react-components';
import {
  AddRegular,
  ArrowDownloadRegular,
  DeleteRegular,
  DocumentAddRegular,
  EditRegular,
} from '@fluentui/react-icons';
import { useState } from 'react';
import type { ApiError } from '../../api/client.js';
import { bobKeys, useBobMeetings, useChangeBobMeeting, useSaveBobMeetingDocument } from '../../api/resources/bob.js';
import { useCurrentCycle } from '../../api/resources/cycles.js';
import { useLanguage, useTexts } from '../../i18n/language.js';
import { withWritten, writtenLang } from '../../i18n/written.js';
import { useSession } from '../../session.js';
import { ErrorMessage } from '../common/ErrorMessage.js';
import { usePageStyles } from '../common/page-styles.js';
import type { BobMeetingJson } from '../../../../api/contract/bob.js';
import { MeetingDialog } from './MeetingDialog.js';
import { ScrollRegion } from '../common/ScrollRegion.js';
import { IconButton } from '../common/IconButton.js';
import { useConfirm } from '../common/ConfirmDialog.js';
import { formatDate } from '../common/format.js';
import { libraryNames } from '../../../../api/domain/library-names.js';
import { RegistrationButton } from '../common/RegistrationButton.js';

/** #/bob/moten: the group's meetings, their notes, and each meeting's notes as a Word document. */
export function MeetingsPage() {
  const allTexts = useTexts();
  const texts = allTexts.bob;
  const language = useLanguage();
  const confirmTexts = useTexts().confirm;
  const [confirm, confirmation] = useConfirm();
  // Focus goes back to the button that opened a dialog once it closes.
  const restoreFocus = useRestoreFocusTarget();
  const styles = usePageStyles();
  const { api } = useSession();
  const list = useBobMeetings();
  const cycle = useCurrentCycle();
  const change = useChangeBobMeeting();
  const saveDocument = useSaveBobMeetingDocument();
  // A meeting's document fastställd in its registration gets no new version: the save is not offered.
  const faststalldOf = (meeting: BobMeetingJson) => meeting.document?.registration?.faststalld ?? null;
  const [actionError, setError] = useState<ApiError>();
  const [notice, setNotice] = useState('');
  const [dialog, setDialog] = useState<{ open: boolean; meeting?: BobMeetingJson; key: number }>({
    open: false,
    key: 0,
  });
  const meetings = cycle.data ? list.data?.meetings : undefined;
  const today = cycle.data?.today ?? '';
  const error = actionError ?? list.error ?? cycle.error ?? undefined;
  if (!meetings) return error ? <ErrorMessage error={error} /> : <Spinner label={texts.loading} />;

  const act = async (work: () => Promise<void>) => {
    try {
      await work();
      setError(undefined);
    } catch (e) {
      setError(e as ApiError);
    }
  };
  const remove = async (meeting: BobMeetingJson) =>
    (await confirm({ message: texts.confirmRemoveMeeting, confirmLabel: confirmTexts.remove })) &&
    void act(async () => {
      await change.mutateAsync({ method: 'DELETE', path: `/api/bob/meetings/${meeting.id}`, etag: meeting.etag });
    });
  const saveWord = (meeting: BobMeetingJson) =>
    act(async () =>
      setNotice(
        texts.wordSaved(
          (await saveDocument.mutateAsync({ method: 'POST', path: `/api/bob/meetings/${meeting.id}/document` }))
            .version,
        ),
      ),
    );

  return (
    <div className={styles.page}>
      {confirmation}
      <Body1 as="p">{texts.intro}</Body1>
      <ErrorMessage error={error} />
      {notice && !error && (
        <MessageBar intent="success">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
      <div>
        <Button {...restoreFocus} icon={<AddRegular />} onClick={() => setDialog({ open: true, key: dialog.key + 1 })}>
          {texts.addMeeting}
        </Button>
      </div>
      {meetings.length === 0 ? (
        <Body1 as="p">{texts.noMeetings}</Body1>
      ) : (
        <ScrollRegion label={texts.meetingsCaption}>
          <Table aria-label={texts.meetingsCaption} size="small">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{texts.date}</TableHeaderCell>
                <TableHeaderCell>{texts.title}</TableHeaderCell>
                <TableHeaderCell>{texts.notes}</TableHeaderCell>
                <TableHeaderCell>{texts.manage}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {meetings.map((meeting) => (
                <TableRow key={meeting.id}>
                  <TableCell>{formatDate(meeting.date, language)}</TableCell>
                  <TableCell lang={writtenLang}>{meeting.title}</TableCell>
                  <TableCell className={styles.lines} lang={writtenLang}>
                    {meeting.notes}
                  </TableCell>
                  <TableCell>
                    <div className={styles.cellActions}>
                      <div className={styles.row}>
                        <IconButton
                          size="small"
                          icon={<EditRegular />}
                          label={texts.editMeeting(meeting.title)}
                          onClick={() => setDialog({ open: true, meeting, key: dialog.key + 1 })}
                        />
                        <IconButton
                          size="small"
                          icon={<DeleteRegular />}
                          label={texts.removeMeeting(meeting.title)}
                          onClick={() => remove(meeting)}
                        />
                        {!faststalldOf(meeting) && (
                          <IconButton
                            size="small"
                            icon={<DocumentAddRegular />}
                            label={texts.saveWord(meeting.title)}
                            onClick={() => saveWord(meeting)}
                          />
                        )}
                      </div>
                      {faststalldOf(meeting) && (
                        <Body1 as="p">
                          {allTexts.documentFaststalld(formatDate(faststalldOf(meeting)!, language))}
                        </Body1>
                      )}
                      {meeting.documentPath && (
                        <Link
                          as="button"
                          onClick={() =>
                            void api
                              .openFile(
                                `/api/bob/meetings/${meeting.id}/document`,
                                meeting.documentPath!.split('/').pop()!,
                              )
                              .catch(setError)
                          }
                        >
                          <ArrowDownloadRegular /> {withWritten(texts.downloadWord, meeting.title)}
                        </Link>
                      )}
                      {meeting.documentPath && (
                        <RegistrationButton
                          document={meeting.document ?? { library: libraryNames.bob, path: meeting.documentPath }}
                          touches={[bobKeys.meetings]}
                        />
                      )}
                    </div>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </ScrollRegion>
      )}
      <MeetingDialog
        key={dialog.key}
        open={dialog.open}
        meeting={dialog.meeting}
        today={today}
        onClose={() => setDialog({ ...dialog, open: false })}
      />
    </div>
  );
}
