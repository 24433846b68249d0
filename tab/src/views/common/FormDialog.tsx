import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useOneAtATime } from './use-one-at-a-time.js';
import type { ApiError } from '../../api/client.js';
import { ErrorMessage } from './ErrorMessage.js';

const useStyles = makeStyles({ stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM } });

/**
 * A modal form: on a refused save an error summary on top (each field's problem a link to it, also beside the field),
 * save and cancel. Closed through `open`, never by unmounting, so Fluent gives the page back to assistive technology.
 * One save at a time: a double click or a second Enter while the first is on its way sends nothing more.
 */
export function FormDialog(props: {
  open: boolean;
  title: string;
  error: ApiError | undefined;
  saveLabel: string;
  cancelLabel: string;
  /** Settles when the save is answered, saved or refused (never rejects). */
  onSave: () => Promise<unknown>;
  onClose: () => void;
  children: ReactNode;
}) {
  const styles = useStyles();
  const { busy, run } = useOneAtATime();
  return (
    <Dialog open={props.open} modalType="modal" onOpenChange={(_, data) => !data.open && props.onClose()}>
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
            <DialogContent className={styles.stack}>
              <ErrorMessage error={props.error} summary />
              {props.children}
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" type="submit" disabledFocusable={busy}>
                {props.saveLabel}
              </Button>
              <Button onClick={props.onClose}>{props.cancelLabel}</Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
