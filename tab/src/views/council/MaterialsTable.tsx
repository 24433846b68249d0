import {
  Body1,
  Button,
  Link,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  useRestoreFocusTarget,
} from '@fluentui/react-components';
import { useState } from 'react';
import { ArrowDownloadRegular } from '@fluentui/react-icons';
import type { ApiError } from '../../api/client.js';
import { useLanguage, useTexts } from '../../i18n/language.js';
import { withWritten, Written, writtenLang } from '../../i18n/written.js';
import { useChangeCouncil, useUploadCouncilMaterial } from '../../api/resources/councils.js';
import { useSession } from '../../session.js';
import { FilePicker } from '../common/FilePicker.js';
import type { CouncilJson, MaterialJson } from './council-types.js';
import { usePageStyles } from '../common/page-styles.js';
import { ScrollRegion } from '../common/ScrollRegion.js';
import { formatDate } from '../common/format.js';
import { WrittenMaterialDialog } from './WrittenMaterialDialog.js';
import { WrittenMaterials } from './WrittenMaterials.js';
import { libraryNames } from '../../../../api/domain/library-names.js';
import { RegistrationButton } from '../common/RegistrationButton.js';
import { documentAccept } from '../../../../api/domain/document-types.js';

/** One actor's document, sent from its row: each row shows its own upload as busy. */
function MaterialUpload({
  year,
  material,
  onError,
}: {
  year: number;
  material: MaterialJson;
  onError: (error: ApiError) => void;
}) {
  const texts = useTexts().council;
  const upload = useUploadCouncilMaterial(year, material.actorId);
  return (
    <FilePicker
      label={texts.uploadMaterial}
      context={withWritten(texts.uploadMaterialContext, material.actorName)}
      accept={documentAccept}
      busy={upload.isPending}
      onFile={(file) => void upload.mutateAsync(file).catch(onError)}
    />
  );
}

/** Each invited actor's written lägesbild: in or not, and its document, uploaded by the actor's representative or the säkerhetschef. */
export function MaterialsTable({
  council,
  today,
  editable,
  ownActorId,
  onError,
}: {
  council: CouncilJson;
  today: string;
  /** The säkerhetschef: every row. */
  editable: boolean;
  /** An actor's representative: the actor's own row, to upload its document. */
  ownActorId: string | null;
  onError: (error: ApiError) => void;
}) {
  const texts = useTexts().council;
  const language = useLanguage();
  const styles = usePageStyles();
  const { api } = useSession();
  const restoreFocus = useRestoreFocusTarget();
  const change = useChangeCouncil(council.year);
  const [writing, setWriting] = useState<{ material: MaterialJson; open: boolean; key: number }>();
  const base = (m: MaterialJson) => `/api/councils/${council.year}/materials/${encodeURIComponent(m.actorId)}`;
  const mark = async (material: MaterialJson, receivedOn: string | null) => {
    try {
      await change.mutateAsync({
        method: 'PATCH',
        path: base(material),
        body: { receivedOn, note: material.note },
        etag: material.etag,
      });
    } catch (e) {
      onError(e as ApiError);
    }
  };
  if (council.materials.length === 0) return <Body1 as="p">{texts.noInvited}</Body1>;
  return (
    <>
      <ScrollRegion label={texts.materialCaption}>
        <Table aria-label={texts.materialCaption} size="small">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{texts.actor}</TableHeaderCell>
              <TableHeaderCell>{texts.received}</TableHeaderCell>
              <TableHeaderCell>{texts.document}</TableHeaderCell>
              {(editable || ownActorId) && <TableHeaderCell>{texts.manage}</TableHeaderCell>}
            </TableRow>
          </TableHeader>
          <TableBody>
            {council.materials.map((material) => (
              <TableRow key={material.actorId}>
                <TableCell lang={writtenLang}>{material.actorName}</TableCell>
                <TableCell>
                  {material.receivedOn ? formatDate(material.receivedOn, language) : texts.notReceived}
                </TableCell>
                <TableCell>
                  {material.documentPath ? (
                    <Link
                      as="button"
                      onClick={() =>
                        void api
                          .openFile(`${base(material)}/document`, material.documentPath!.split('/').pop()!)
                          .catch(onError)
                      }
                    >
                      <ArrowDownloadRegular /> <Written>{material.documentPath.split('/').pop()}</Written>
                    </Link>
                  ) : (
                    '–'
                  )}
                  {material.documentPath && (
                    <RegistrationButton document={{ library: libraryNames.council, path: material.documentPath }} />
                  )}
                </TableCell>
                {(editable || ownActorId) && (
                  <TableCell>
                    {(editable || material.actorId === ownActorId) && (
                      <div className={styles.cellActions}>
                        <MaterialUpload year={council.year} material={material} onError={onError} />
                        <Button
                          {...restoreFocus}
                          size="small"
                          onClick={() => setWriting({ material, open: true, key: Date.now() })}
                        >
                          {material.written ? texts.changeWrittenMaterial : texts.writeMaterial}
                        </Button>
                        {!editable ? null : material.receivedOn === null ? (
                          <Button size="small" onClick={() => void mark(material, today)}>
                            {texts.markReceived}
                          </Button>
                        ) : (
                          <Button size="small" onClick={() => void mark(material, null)}>
                            {texts.markNotReceived}
                          </Button>
                        )}
                      </div>
                    )}
                  </TableCell>
                )}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </ScrollRegion>
      {writing && (
        <WrittenMaterialDialog
          key={writing.key}
          open={writing.open}
          year={council.year}
          material={writing.material}
          onClose={() => setWriting({ ...writing, open: false })}
        />
      )}
      <WrittenMaterials council={council} />
    </>
  );
}
