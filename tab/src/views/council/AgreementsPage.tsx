import {
  Badge,
  Body1,
  Button,
  Link,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  useRestoreFocusTarget,
} from '@fluentui/react-components';
import { AddRegular, ArrowDownloadRegular, DeleteRegular, EditRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { ApiError } from '../../api/client.js';
import { useAgreements, useChangeAgreement, useUploadAgreementDocument } from '../../api/resources/agreements.js';
import { useActors } from '../../api/resources/organisation.js';
import { useLanguage, useTexts } from '../../i18n/language.js';
import { withWritten, writtenLang } from '../../i18n/written.js';
import { useSession } from '../../session.js';
import { ErrorMessage } from '../common/ErrorMessage.js';
import { FilePicker } from '../common/FilePicker.js';
import { AgreementDialog } from './AgreementDialog.js';
import type { AgreementJson } from './council-types.js';
import { usePageStyles } from '../common/page-styles.js';
import { ScrollRegion } from '../common/ScrollRegion.js';
import { IconButton } from '../common/IconButton.js';
import { HistoryButton } from '../common/HistoryButton.js';
import { useConfirm } from '../common/ConfirmDialog.js';
import { formatDate } from '../common/format.js';
import { libraryNames } from '../../../../api/domain/library-names.js';
import { RegistrationButton } from '../common/RegistrationButton.js';
import { useCurrentCycle } from '../../api/resources/cycles.js';
import { documentAccept } from '../../../../api/domain/document-types.js';

/** The signed document of one agreement, sent from its row: each row shows its own upload as busy. */
function SignedUpload({ agreement, onError }: { agreement: AgreementJson; onError: (error: ApiError) => void }) {
  const texts = useTexts().council;
  const upload = useUploadAgreementDocument(agreement.id);
  const send = (file: File) => void upload.mutateAsync(file).catch(onError);
  return (
    <FilePicker
      label={texts.uploadSigned}
      context={withWritten(texts.uploadSignedContext, agreement.title)}
      accept={documentAccept}
      busy={upload.isPending}
      onFile={send}
    />
  );
}

const stateColour = {
  valid: 'success',
  expiringSoon: 'warning',
  expired: 'danger',
  untilFurtherNotice: 'informative',
} as const;

/** #/strategiskt-rad/overenskommelser: the written cooperation agreements and their signed documents. */
export function AgreementsPage() {
  const texts = useTexts().council;
  const language = useLanguage();
  const confirmTexts = useTexts().confirm;
  const [confirm, confirmation] = useConfirm();
  // Focus goes back to the button that opened a dialog once it closes.
  const restoreFocus = useRestoreFocusTarget();
  const styles = usePageStyles();
  const { api, me } = useSession();
  const editable = me.roles.includes('SecurityChief');
  const list = useAgreements();
  const actorList = useActors();
  // The service's day, not the browser's: an agreement cannot be signed after it.
  const today = useCurrentCycle().data?.today;
  const change = useChangeAgreement();
  const [actionError, setError] = useState<ApiError>();
  const [dialog, setDialog] = useState<{ open: boolean; agreement?: AgreementJson; key: number }>({
    open: false,
    key: 0,
  });
  const agreements = list.data && actorList.data ? list.data.agreements : undefined;
  const actors = actorList.data?.actors ?? [];
  const error = actionError ?? list.error ?? actorList.error ?? undefined;

  if (!agreements) return error ? <ErrorMessage error={error} /> : <Spinner label={texts.loading} />;
  const remove = async (agreement: AgreementJson) => {
    if (!(await confirm({ message: texts.confirmRemoveAgreement, confirmLabel: confirmTexts.remove }))) return;
    try {
      await change.mutateAsync({ method: 'DELETE', path: `/api/agreements/${agreement.id}`, etag: agreement.etag });
    } catch (e) {
      setError(e as ApiError);
    }
  };

  return (
    <div className={styles.page}>
      {confirmation}
      <h2>{texts.agreementsHeading}</h2>
      <Body1 as="p">{texts.agreementsIntro}</Body1>
      <ErrorMessage error={error} />
      {editable && (
        <div>
          <Button
            {...restoreFocus}
            icon={<AddRegular />}
            onClick={() => setDialog({ open: true, key: dialog.key + 1 })}
          >
            {texts.addAgreement}
          </Button>
        </div>
      )}
      {agreements.length === 0 ? (
        <Body1 as="p">{texts.noAgreements}</Body1>
      ) : (
        <ScrollRegion label={texts.agreementsCaption}>
          <Table aria-label={texts.agreementsCaption} size="small">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{texts.actor}</TableHeaderCell>
                <TableHeaderCell>{texts.title}</TableHeaderCell>
                <TableHeaderCell>{texts.signedOn}</TableHeaderCell>
                <TableHeaderCell>{texts.validUntil}</TableHeaderCell>
                <TableHeaderCell>{texts.state}</TableHeaderCell>
                <TableHeaderCell>{texts.document}</TableHeaderCell>
                <TableHeaderCell>{texts.manage}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {agreements.map((agreement) => (
                <TableRow key={agreement.id}>
                  <TableCell lang={writtenLang}>{agreement.actorName}</TableCell>
                  <TableCell lang={writtenLang}>{agreement.title}</TableCell>
                  <TableCell>{formatDate(agreement.signedOn, language)}</TableCell>
                  <TableCell>
                    {agreement.validUntil ? formatDate(agreement.validUntil, language) : texts.untilFurtherNotice}
                  </TableCell>
                  <TableCell>
                    <Badge appearance="tint" color={stateColour[agreement.state]}>
                      {texts.states[agreement.state]}
                    </Badge>
                  </TableCell>
                  <TableCell>
                    {agreement.documentPath ? (
                      <Link
                        as="button"
                        onClick={() =>
                          void api
                            .openFile(
                              `/api/agreements/${agreement.id}/document`,
                              agreement.documentPath!.split('/').pop()!,
                            )
                            .catch(setError)
                        }
                      >
                        <ArrowDownloadRegular /> {texts.download}
                      </Link>
                    ) : (
                      '–'
                    )}
                    {agreement.documentPath && (
                      <RegistrationButton document={{ library: libraryNames.council, path: agreement.documentPath }} />
                    )}
                  </TableCell>
                  <TableCell>
                    <div className={styles.cellActions}>
                      <div className={styles.row}>
                        {editable && (
                          <>
                            <IconButton
                              size="small"
                              icon={<EditRegular />}
                              label={texts.editAgreement(agreement.title)}
                              onClick={() => setDialog({ open: true, agreement, key: dialog.key + 1 })}
                            />
                            <IconButton
                              size="small"
                              icon={<DeleteRegular />}
                              label={texts.removeAgreement(agreement.title)}
                              onClick={() => void remove(agreement)}
                            />
                          </>
                        )}
                        <HistoryButton kind="agreement" id={agreement.id} what={texts.agreementName(agreement.title)} />
                      </div>
                      {editable && <SignedUpload agreement={agreement} onError={setError} />}
                    </div>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </ScrollRegion>
      )}
      <AgreementDialog
        key={dialog.key}
        open={dialog.open}
        agreement={dialog.agreement}
        actors={actors}
        today={today}
        onClose={() => setDialog({ ...dialog, open: false })}
      />
    </div>
  );
}
