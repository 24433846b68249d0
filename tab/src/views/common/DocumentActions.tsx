import { Body1, Link, MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowDownloadRegular, DocumentAddRegular } from '@fluentui/react-icons';
import type { QueryKey } from '@tanstack/react-query';
import { useState } from 'react';
import type { DocumentInfoBody } from '../../../../api/contract/documents.js';
import type { ApiError } from '../../api/client.js';
import { useSaveWordDocument } from '../../api/resources/word-documents.js';
import { useSession } from '../../session.js';
import { ErrorMessage } from './ErrorMessage.js';
import { formatDate } from './format.js';
import { useLanguage, useTexts } from '../../i18n/language.js';
import { RegistrationButton } from './RegistrationButton.js';
import { ActionButton } from './ActionButton.js';

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap', alignItems: 'center' },
});

/**
 * Saving a Word document (a new version each time) and downloading the newest one. `canSave` leaves only
 * the download for those who read; with nothing saved yet they see nothing.
 */
export function DocumentActions(props: {
  path: string;
  fileName: string;
  document: DocumentInfoBody | null;
  canSave: boolean;
  /** `saved` is told whether saving marked the document's milestone done (a period's document, once it is over). */
  texts: {
    save: string;
    saved: (version: string, milestoneDone: boolean) => string;
    download: (version: string) => string;
  };
  onSaved?: () => void | Promise<void>;
  /** The reads that show the document's version, read again once it is saved. */
  touches?: readonly QueryKey[];
}) {
  const { api } = useSession();
  const styles = useStyles();
  const [error, setError] = useState<ApiError>();
  const [notice, setNotice] = useState('');
  const saveDocument = useSaveWordDocument(props.touches ?? []);
  const texts = useTexts();
  const language = useLanguage();
  // Registered as fastställd, the document is the adopted record: the service makes no new version of it.
  const faststalld = props.document?.registration?.faststalld ?? null;
  const save = async () => {
    try {
      const saved = await saveDocument.mutateAsync({ method: 'POST', path: props.path });
      setError(undefined);
      setNotice(props.texts.saved(saved.version, saved.milestoneDone ?? false));
      await props.onSaved?.();
    } catch (e) {
      setError(e as ApiError);
    }
  };
  return (
    <>
      <div className={styles.row}>
        {props.canSave && !faststalld && (
          <ActionButton icon={<DocumentAddRegular />} onAction={save}>
            {props.texts.save}
          </ActionButton>
        )}
        {props.document && (
          <Link
            as="button"
            onClick={() => void api.openFile(props.path, props.fileName).catch((e: ApiError) => setError(e))}
          >
            <ArrowDownloadRegular /> {props.texts.download(props.document.version)}
          </Link>
        )}
        {props.document && (
          <RegistrationButton document={props.document} touches={props.touches ?? []} onRegistered={props.onSaved} />
        )}
      </div>
      {props.canSave && faststalld && (
        <Body1 as="p">{texts.documentFaststalld(formatDate(faststalld, language))}</Body1>
      )}
      <ErrorMessage error={error} />
      {notice && (
        <MessageBar intent="success">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
