import { Body1, Button, Link, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, useRestoreFocusTarget } from '@fluentui/react-components';
import { useState } from 'react';
import { ArrowDownloadRegular } from '@fluentui/react-icons';
import type { ApiError } from '../../api/client.js';
import { useLanguage, useTexts } from '../../i18n/language.js';
import { useSession } from '../../session.js';
import { FileUpload } from '../common/FileUpload.js';
import type { CouncilJson, MaterialJson } from './council-types.js';
import { usePageStyles } from '../common/page-styles.js';
import { ScrollRegion } from '../common/ScrollRegion.js';
import { formatDate } from '../common/format.js';
import { WrittenMaterialDialog } from './WrittenMaterialDialog.js';
import { WrittenMaterials } from './WrittenMaterials.js';

/** Each invited actor's written lägesbild: in or not, and its document, uploaded by the actor's representative or the säkerhetschef. */
export function MaterialsTable({ council, today, editable, ownActorId, onChanged, onError }: {
  council: CouncilJson;
  today: string;
  /** The säkerhetschef: every row. */
  editable: boolean;
  /** An actor's representative: the actor's own row, to upload its document. */
  ownActorId: string | null;
  onChanged: (council: CouncilJson) => void;
  onError: (error: ApiError) => void;
}) {
  const texts = useTexts().council;
  const language = useLanguage();
  const styles = usePageStyles();
  const { api } = useSession();
  const restoreFocus = useRestoreFocusTarget();
  const [writing, setWriting] = useState<{ material: MaterialJson; open: boolean; key: number }>();
  const base = (m: MaterialJson) => `/api/councils/${council.year}/materials/${encodeURIComponent(m.actorId)}`;
  const mark = async (material: MaterialJson, receivedOn: string | null) => {
    try {
      onChanged(await api.request<CouncilJson>(base(material), { method: 'PATCH', body: { receivedOn, note: material.note }, ifMatch: material.etag }));
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
              <TableCell>{material.actorName}</TableCell>
              <TableCell>{material.receivedOn ? formatDate(material.receivedOn, language) : texts.notReceived}</TableCell>
              <TableCell>
                {material.documentPath ? (
                  <Link as="button" onClick={() => void api.openFile(`${base(material)}/document`, material.documentPath!.split('/').pop()!).catch(onError)}>
                    <ArrowDownloadRegular /> {material.documentPath.split('/').pop()}
                  </Link>
                ) : (
                  '–'
                )}
              </TableCell>
              {(editable || ownActorId) && (
                <TableCell>
                  {(editable || material.actorId === ownActorId) && (
                  <div className={styles.cellActions}>
                    <FileUpload<CouncilJson> label={texts.uploadMaterial} context={texts.uploadMaterialContext(material.actorName)} path={`${base(material)}/document`} onUploaded={onChanged} onError={onError} />
                    <Button {...restoreFocus} size="small" onClick={() => setWriting({ material, open: true, key: Date.now() })}>
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
        onClose={(saved) => {
          setWriting({ ...writing, open: false });
          if (saved) onChanged(saved);
        }}
      />
    )}
    <WrittenMaterials council={council} />
    </>
  );
}
