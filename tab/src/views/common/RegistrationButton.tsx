import {
  Body1,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  Radio,
  RadioGroup,
  Spinner,
} from '@fluentui/react-components';
import { ArchiveRegular } from '@fluentui/react-icons';
import type { QueryKey } from '@tanstack/react-query';
import { useState } from 'react';
import type { DocumentInfoBody } from '../../../../api/contract/documents.js';
import type { ApiError } from '../../api/client.js';
import {
  type RegistrationBody,
  recordsKeys,
  registrationPath,
  useRegisterDocument,
  useRegistration,
} from '../../api/resources/records.js';
import { ErrorMessage } from './ErrorMessage.js';
import { useLanguage, useTexts } from '../../i18n/language.js';
import { useSession } from '../../session.js';
import { fieldError } from './field-error.js';
import { FormDialog } from './FormDialog.js';
import { IconButton } from './IconButton.js';

type Draft = { [K in keyof RegistrationBody]: string };

const draftOf = (registration: RegistrationBody): Draft => ({
  diarienummer: registration.diarienummer ?? '',
  handlingstyp: registration.handlingstyp,
  sekretess: registration.sekretess ?? '',
  bevarande: registration.bevarande,
  gallringsfrist: registration.gallringsfrist ?? '',
  faststalld: registration.faststalld ?? '',
});

/** A stored document: where it is, and its registration when the answer that lists it carries one. */
type StoredDocument = Pick<DocumentInfoBody, 'library' | 'path'> & { registration?: RegistrationBody | null };

/**
 * "Registrering" beside a stored document: its diarienummer, type, secrecy and retention (arkivlagen). The
 * säkerhetschef registers it; everyone who may open the document reads it. A saved document gets its
 * kind's line of the dokumenthanteringsplan, so there is always something to show; where the list did not
 * bring it, it is read when the dialog opens.
 */
export function RegistrationButton({
  document,
  what,
  touches,
  onRegistered,
}: {
  document: StoredDocument;
  what: string;
  touches?: readonly QueryKey[];
  onRegistered?: () => void | Promise<void>;
}) {
  const texts = useTexts().records;
  const { me } = useSession();
  const [open, setOpen] = useState(false);
  const read = useRegistration(document, open && !document.registration);
  const registration = document.registration ?? read.data?.registration ?? undefined;
  const editable = me.roles.includes('SecurityChief');
  const button = <IconButton icon={<ArchiveRegular />} label={texts.open(what)} onClick={() => setOpen(true)} />;
  if (!registration) {
    return (
      <>
        {button}
        <Dialog open={open} onOpenChange={(_, data) => setOpen(data.open)}>
          <DialogSurface>
            <DialogBody>
              <DialogTitle>{texts.title(what)}</DialogTitle>
              <DialogContent>
                <ErrorMessage error={read.error ?? undefined} />
                {!read.error && <Spinner size="small" label={texts.loading} />}
              </DialogContent>
              <DialogActions>
                <Button onClick={() => setOpen(false)}>{texts.close}</Button>
              </DialogActions>
            </DialogBody>
          </DialogSurface>
        </Dialog>
      </>
    );
  }
  return (
    <>
      {button}
      {editable ? (
        <RegistrationForm
          document={document}
          registration={registration}
          what={what}
          touches={[...(touches ?? []), recordsKeys.document(document.library, document.path)]}
          open={open}
          onClose={() => setOpen(false)}
          onRegistered={onRegistered}
        />
      ) : (
        <Dialog open={open} onOpenChange={(_, data) => setOpen(data.open)}>
          <DialogSurface>
            <DialogBody>
              <DialogTitle>{texts.title(what)}</DialogTitle>
              <DialogContent>
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
              </DialogContent>
              <DialogActions>
                <Button onClick={() => setOpen(false)}>{texts.close}</Button>
              </DialogActions>
            </DialogBody>
          </DialogSurface>
        </Dialog>
      )}
    </>
  );
}

function RegistrationForm(props: {
  document: StoredDocument;
  registration: RegistrationBody;
  what: string;
  touches: readonly QueryKey[];
  open: boolean;
  onClose: () => void;
  onRegistered: (() => void | Promise<void>) | undefined;
}) {
  const texts = useTexts().records;
  const language = useLanguage();
  const [draft, setDraft] = useState(() => draftOf(props.registration));
  const [error, setError] = useState<ApiError>();
  const register = useRegisterDocument(props.touches);
  const set = (field: keyof Draft) => (_: unknown, data: { value: string }) =>
    setDraft({ ...draft, [field]: data.value });
  const close = () => {
    setDraft(draftOf(props.registration));
    setError(undefined);
    props.onClose();
  };
  const save = async () => {
    try {
      const body = {
        ...draft,
        diarienummer: draft.diarienummer || null,
        sekretess: draft.sekretess || null,
        gallringsfrist: draft.gallringsfrist || null,
        faststalld: draft.faststalld || null,
      };
      await register.mutateAsync({ method: 'PUT', path: registrationPath(props.document), body });
      setError(undefined);
      props.onClose();
      await props.onRegistered?.();
    } catch (e) {
      setError(e as ApiError);
    }
  };
  const field = (name: keyof Draft) => {
    const message = fieldError(error, name, language);
    return message ? { validationMessage: message } : {};
  };
  return (
    <FormDialog
      open={props.open}
      title={texts.title(props.what)}
      error={error}
      saveLabel={texts.save}
      cancelLabel={texts.cancel}
      onSave={() => void save()}
      onClose={close}
    >
      <Body1 as="p">{texts.intro}</Body1>
      <Field label={texts.diarienummer} hint={texts.diarienummerHint} {...field('diarienummer')}>
        <Input value={draft.diarienummer} onChange={set('diarienummer')} />
      </Field>
      <Field label={texts.handlingstyp} required {...field('handlingstyp')}>
        <Input value={draft.handlingstyp} onChange={set('handlingstyp')} />
      </Field>
      <Field label={texts.sekretess} hint={texts.sekretessHint} {...field('sekretess')}>
        <Input value={draft.sekretess} onChange={set('sekretess')} />
      </Field>
      <Field label={texts.bevarande} {...field('bevarande')}>
        <RadioGroup value={draft.bevarande} onChange={set('bevarande')}>
          <Radio value="bevaras" label={texts.bevaras} />
          <Radio value="gallras" label={texts.gallras} />
        </RadioGroup>
      </Field>
      <Field
        label={texts.gallringsfrist}
        hint={texts.gallringsfristHint}
        required={draft.bevarande === 'gallras'}
        {...field('gallringsfrist')}
      >
        <Input value={draft.gallringsfrist} onChange={set('gallringsfrist')} />
      </Field>
      <Field label={texts.faststalld} hint={texts.faststalldHint} {...field('faststalld')}>
        <Input type="date" value={draft.faststalld} onChange={set('faststalld')} />
      </Field>
    </FormDialog>
  );
}
