import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  tokens,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { ApiError } from '../../api/client.js';
import { useLanguage, useTexts } from '../../i18n/language.js';
import { ErrorMessage } from '../common/ErrorMessage.js';
import { useOneAtATime } from '../common/use-one-at-a-time.js';

const useStyles = makeStyles({ form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM } });

/**
 * Adds or changes one item of an editable list. When someone else saved the item first (412), it says so with
 * the version they saved, and Save waits until the person reads the list again.
 */
export function EditItemDialog(props: {
  open: boolean;
  title: string;
  error: ApiError | undefined;
  describeCurrent: (current: Record<string, unknown>) => string;
  /** Settles when the save is answered, saved or refused (never rejects). */
  onSave: () => Promise<unknown>;
  onClose: () => void;
  onReload: () => void;
  children: ReactNode;
}) {
  // One save at a time: a double click or a second Enter sends nothing more.
  const { run } = useOneAtATime();
  const texts = useTexts();
  const language = useLanguage();
  const styles = useStyles();
  const { error } = props;
  const conflict = error?.status === 412 ? (error.current as Record<string, unknown> | undefined) : undefined;
  return (
    <Dialog open={props.open} onOpenChange={(_, data) => !data.open && props.onClose()}>
      <DialogSurface>
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            run(props.onSave);
          }}
        >
          <DialogBody>
            <DialogTitle>{props.title}</DialogTitle>
            <DialogContent className={styles.form}>
              {conflict ? (
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
              ) : (
                error && <ErrorMessage error={error} summary />
              )}
              {props.children}
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" type="submit" disabled={conflict !== undefined}>
                {texts.settings.save}
              </Button>
              <Button onClick={props.onClose}>{texts.settings.cancel}</Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
