import { Badge, Body1, Button, Link, Spinner, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, useRestoreFocusTarget } from '@fluentui/react-components';
import { AddRegular, ArrowDownloadRegular, DeleteRegular, EditRegular } from '@fluentui/react-icons';
import { useCallback, useEffect, useState } from 'react';
import type { ApiError } from '../../api/client.js';
import { useLanguage, useTexts } from '../../i18n/language.js';
import { useSession } from '../../session.js';
import { ErrorMessage } from '../common/ErrorMessage.js';
import { FileUpload } from '../common/FileUpload.js';
import { AgreementDialog } from './AgreementDialog.js';
import type { ActorJson, AgreementJson } from './council-types.js';
import { usePageStyles } from '../common/page-styles.js';
import { ScrollRegion } from '../common/ScrollRegion.js';
import { IconButton } from '../common/IconButton.js';
import { HistoryButton } from '../common/HistoryButton.js';
import { useConfirm } from '../common/ConfirmDialog.js';
import { formatDate } from '../common/format.js';

const stateColour = { valid: 'success', expiringSoon: 'warning', expired: 'danger', untilFurtherNotice: 'informative' } as const;

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
  const [agreements, setAgreements] = useState<AgreementJson[]>();
  const [actors, setActors] = useState<ActorJson[]>([]);
  const [error, setError] = useState<ApiError>();
  const [dialog, setDialog] = useState<{ open: boolean; agreement?: AgreementJson; key: number }>({ open: false, key: 0 });

  const load = useCallback(async () => {
    try {
      const [list, actorList] = await Promise.all([api.request<{ agreements: AgreementJson[] }>('/api/agreements'), api.request<{ actors: ActorJson[] }>('/api/actors')]);
      setAgreements(list.agreements);
      setActors(actorList.actors);
    } catch (e) {
      setError(e as ApiError);
    }
  }, [api]);
  useEffect(() => void load(), [load]);

  if (!agreements) return error ? <ErrorMessage error={error} /> : <Spinner label={texts.loading} />;
  const remove = async (agreement: AgreementJson) => {
    if (!(await confirm({ message: texts.confirmRemoveAgreement, confirmLabel: confirmTexts.remove }))) return;
    try {
      await api.request(`/api/agreements/${agreement.id}`, { method: 'DELETE', ifMatch: agreement.etag });
      await load();
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
          <Button {...restoreFocus} icon={<AddRegular />} onClick={() => setDialog({ open: true, key: dialog.key + 1 })}>
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
                  <TableCell>{agreement.actorName}</TableCell>
                  <TableCell>{agreement.title}</TableCell>
                  <TableCell>{formatDate(agreement.signedOn, language)}</TableCell>
                  <TableCell>{agreement.validUntil ? formatDate(agreement.validUntil, language) : texts.untilFurtherNotice}</TableCell>
                  <TableCell>
                    <Badge appearance="tint" color={stateColour[agreement.state]}>
                      {texts.states[agreement.state]}
                    </Badge>
                  </TableCell>
                  <TableCell>
                    {agreement.documentPath ? (
                      <Link as="button" onClick={() => void api.openFile(`/api/agreements/${agreement.id}/document`, agreement.documentPath!.split('/').pop()!).catch(setError)}>
                        <ArrowDownloadRegular /> {texts.download}
                      </Link>
                    ) : (
                      '–'
                    )}
                  </TableCell>
                  <TableCell>
                    <div className={styles.cellActions}>
                      <div className={styles.row}>
                        {editable && (
                          <>
                            <IconButton size="small" icon={<EditRegular />} label={texts.editAgreement(agreement.title)} onClick={() => setDialog({ open: true, agreement, key: dialog.key + 1 })} />
                            <IconButton size="small" icon={<DeleteRegular />} label={texts.removeAgreement(agreement.title)} onClick={() => void remove(agreement)} />
                          </>
                        )}
                        <HistoryButton kind="agreement" id={agreement.id} what={texts.agreementName(agreement.title)} />
                      </div>
                      {editable && (
                        <FileUpload<AgreementJson> label={texts.uploadSigned} context={texts.uploadSignedContext(agreement.title)} path={`/api/agreements/${agreement.id}/document`} onUploaded={() => void load()} onError={setError} />
                      )}
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
        onClose={(saved) => {
          setDialog({ ...dialog, open: false });
          if (saved) void load();
        }}
      />
    </div>
  );
}
