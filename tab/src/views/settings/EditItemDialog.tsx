import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { ApiError } from '../../api/client.js';
import { useLanguage, useTexts } from '../../i18n/language.js';
import { FormDialog } from '../common/FormDialog.js';

/**
 * Adds or changes one item of an editable list, as every form does (one save at a time, asks before closing
 * what someone wrote). When someone else saved the item first (412), it says so with the version they saved,
 * and Save waits until the person reads the list again.
 */
export function EditItemDialog(props: {
  open: boolean;
  title: ReactNode;
  error: ApiError | undefined;
  describeCurrent: (current: Record<string, unknown>) => string;
  /** Settles when the save is answered, saved or refused (never rejects). */
  onSave: () => Promise<unknown>;
  onClose: () => void;
  onReload: () => void;
  children: ReactNode;
}) {
  const texts = useTexts();
  const language = useLanguage();
  const { error } = props;
  const conflict = error?.status === 412 ? (error.current as Record<string, unknown> | undefined) : undefined;
  return (
    <FormDialog
      open={props.open}
      title={props.title}
      error={error}
      saveLabel={texts.settings.save}
      cancelLabel={texts.settings.cancel}
      onSave={props.onSave}
      onClose={props.onClose}
      saveBlocked={conflict !== undefined}
      notice={
        conflict && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{texts.settings.conflictHeading}</MessageBarTitle>
              {language === 'sv' ? error?.sv : error?.en} {texts.settings.conflictShowCurrent}{' '}
              {props.describeCurrent(conflict)}
            </MessageBarBody>
            <MessageBarActions>
              <Button onClick={props.onReload}>{texts.settings.reload}</Button>
            </MessageBarActions>
          </MessageBar>
        )
      }
    >
      {props.children}
    </FormDialog>
  );
}
