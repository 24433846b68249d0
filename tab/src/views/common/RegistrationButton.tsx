import {
  Body1,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Spinner,
} from '@fluentui/react-components';
import { ArchiveRegular } from '@fluentui/react-icons';
import type { QueryKey } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import type { DocumentInfoBody } from '../../../../api/contract/documents.js';
import { type RegistrationBody, recordsKeys, useRegistration } from '../../api/resources/records.js';
import { ErrorMessage } from './ErrorMessage.js';
import { useTexts } from '../../i18n/language.js';
import { useSession } from '../../session.js';
import { RegistrationForm } from './RegistrationForm.js';
import { IconButton } from './IconButton.js';

/** A stored document: where it is, and its registration when the answer that lists it carries one. */
export type StoredDocument = Pick<DocumentInfoBody, 'library' | 'path'> & { registration?: RegistrationBody | null };

/**
 * "Registrering" beside a stored document: its diarienummer, type, secrecy and retention (arkivlagen). The
 * säkerhetschef registers it; everyone who may open the document reads it. A saved document gets its
 * kind's line of the dokumenthanteringsplan, so there is always something to show; where the list did not
 * bring it, it is read when the dialog opens.
 */
export function RegistrationButton({
  document,
  what: named,
  touches,
  onRegistered,
}: {
  document: StoredDocument;
  /** How the dialog names the document; its file name unless given. */
  what?: string;
  touches?: readonly QueryKey[];
  onRegistered?: () => void | Promise<void>;
}) {
  const texts = useTexts().records;
  const what = named ?? document.path.split('/').pop() ?? document.path;
  const { me } = useSession();
  const [open, setOpen] = useState(false);
  const read = useRegistration(document, open && !document.registration);
  const registration = document.registration ?? read.data?.registration ?? undefined;
  const editable = me.roles.includes('SecurityChief');
  const close = () => setOpen(false);
  return (
    <>
      <IconButton icon={<ArchiveRegular />} label={texts.open(what)} onClick={() => setOpen(true)} />
      {registration && editable ? (
        <RegistrationForm
          document={document}
          registration={registration}
          what={what}
          touches={[...(touches ?? []), recordsKeys.document(document.library, document.path)]}
          open={open}
          onClose={close}
          onRegistered={onRegistered}
        />
      ) : (
        <ReadDialog open={open} title={texts.title(what)} closeLabel={texts.close} onClose={close}>
          {registration ? (
            <RegistrationRead registration={registration} />
          ) : (
            <>
              <ErrorMessage error={read.error ?? undefined} />
              {!read.error && <Spinner size="small" label={texts.loading} />}
            </>
          )}
        </ReadDialog>
      )}
    </>
  );
}

function ReadDialog(props: {
  open: boolean;
  title: string;
  closeLabel: string;
  onClose: () => void;
  children: ReactNode;
}) {
  return (
    <Dialog open={props.open} onOpenChange={(_, data) => !data.open && props.onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{props.title}</DialogTitle>
          <DialogContent>{props.children}</DialogContent>
          <DialogActions>
            <Button onClick={props.onClose}>{props.closeLabel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

function RegistrationRead({ registration }: { registration: RegistrationBody }) {
  const texts = useTexts().records;
  return (
    <>
      <Body1 as="p">{texts.intro}</Body1>
      <dl>
        <dt>{texts.diarienummer}</dt>
        <dd>{registration.diarienummer ?? texts.notRegistered}</dd>
        <dt>{texts.handlingstyp}</dt>
        <dd>{registration.handlingstyp}</dd>
        <dt>{texts.sekretess}</dt>
        <dd>{registration.sekretess ?? texts.public}</dd>
        <dt>{texts.bevarande}</dt>
        <dd>
          {registration.bevarande === 'bevaras'
            ? texts.bevaras
            : `${texts.gallras} (${registration.gallringsfrist ?? texts.notSet})`}
        </dd>
        <dt>{texts.faststalld}</dt>
        <dd>{registration.faststalld ?? texts.notSet}</dd>
      </dl>
    </>
  );
}
