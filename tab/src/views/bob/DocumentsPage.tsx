import {
  Body1,
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
} from '@fluentui/react-components';
import { ArrowDownloadRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { ApiError } from '../../api/client.js';
import { useBobDocuments, useUploadBobDocument } from '../../api/resources/bob.js';
import { useLanguage, useTexts } from '../../i18n/language.js';
import { Written } from '../../i18n/written.js';
import { useSession } from '../../session.js';
import { ErrorMessage } from '../common/ErrorMessage.js';
import { FilePicker } from '../common/FilePicker.js';
import { usePageStyles } from '../common/page-styles.js';
import { ScrollRegion } from '../common/ScrollRegion.js';
import { formatDateTime } from '../common/format.js';
import { bobKeys } from '../../api/resources/bob.js';
import { RegistrationButton } from '../common/RegistrationButton.js';
import { documentAccept } from '../../../../api/domain/document-types.js';

/** #/bob/dokument: the BOB library's documents; uploading the same name again makes a new version. */
export function DocumentsPage() {
  const texts = useTexts().bob;
  const language = useLanguage();
  const styles = usePageStyles();
  const { api } = useSession();
  const list = useBobDocuments();
  const upload = useUploadBobDocument();
  const [actionError, setError] = useState<ApiError>();
  const [notice, setNotice] = useState('');
  const documents = list.data?.documents;
  const error = actionError ?? list.error ?? undefined;
  const send = async (file: File) => {
    try {
      const info = await upload.mutateAsync(file);
      setError(undefined);
      setNotice(texts.uploaded(info.path.split('/').pop()!, info.version));
    } catch (e) {
      setError(e as ApiError);
    }
  };
  if (!documents) return error ? <ErrorMessage error={error} /> : <Spinner label={texts.loading} />;
  return (
    <div className={styles.page}>
      <h2>{texts.documentsHeading}</h2>
      <FilePicker
        label={texts.upload}
        accept={documentAccept}
        busy={upload.isPending}
        onFile={(file) => void send(file)}
      />
      <ErrorMessage error={error} />
      {notice && !error && (
        <MessageBar intent="success">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
      {documents.length === 0 ? (
        <Body1 as="p">{texts.noDocuments}</Body1>
      ) : (
        <ScrollRegion label={texts.documentsCaption}>
          <Table aria-label={texts.documentsCaption} size="small">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{texts.name}</TableHeaderCell>
                <TableHeaderCell>{texts.version}</TableHeaderCell>
                <TableHeaderCell>{texts.modified}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {documents.map((document) => (
                <TableRow key={document.path}>
                  <TableCell>
                    <Link
                      as="button"
                      aria-label={texts.download(document.name)}
                      onClick={() =>
                        void api
                          .openFile(`/api/bob/documents/${encodeURIComponent(document.name)}`, document.name)
                          .catch(setError)
                      }
                    >
                      <ArrowDownloadRegular /> <Written>{document.name}</Written>
                    </Link>
                    <RegistrationButton document={document} what={document.name} touches={[bobKeys.documents]} />
                  </TableCell>
                  <TableCell>{document.version}</TableCell>
                  <TableCell>{formatDateTime(document.modifiedAt, language)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </ScrollRegion>
      )}
    </div>
  );
}
