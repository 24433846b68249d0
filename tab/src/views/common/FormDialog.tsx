import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarBody,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { useTexts } from '../../i18n/language.js';
import { useOneAtATime } from './use-one-at-a-time.js';
import type { ApiError } from '../../api/client.js';
import { ErrorMessage } from './ErrorMessage.js';

// The content scrolls when the form is taller than the window: no child may shrink under the next one instead.
const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, '& > *': { flexShrink: 0 } },
});

/**
 * A modal form: on a refused save an error summary on top (each field's problem a link to it, also beside the field),
 * save and cancel. Closed through `open`, never by unmounting, so Fluent gives the page back to assistive technology.
 * One save at a time: a double click or a second Enter while the first is on its way sends nothing more.
 * Nothing typed is lost by a slip: closing a form someone has written in (Escape, Avbryt) asks first, inside
 * the dialog, since a second modal over this one would leave it hidden from assistive technology.
 */
export function FormDialog(props: {
  open: boolean;
  title: ReactNode;
  error: ApiError | undefined;
  saveLabel: string;
  cancelLabel: string;
  /** Settles when the save is answered, saved or refused (never rejects). */
  onSave: () => Promise<unknown>;
  onClose: () => void;
  /** Shown on top instead of the error summary (a conflict with what to do about it). */
  notice?: ReactNode;
  /** Save waits for something first (the list read again after a conflict). */
  saveBlocked?: boolean;
  children: ReactNode;
}) {
  const styles = useStyles();
  const { busy, run } = useOneAtATime();
  const texts = useTexts().confirm;
  // Any field's input event: the form holds something the person wrote since it opened.
  const [written, setWritten] = useState(false);
  const [asking, setAsking] = useState(false);
  const discard = useRef<HTMLButtonElement>(null);
  const questionId = useId();
  // Reset while rendering the opening, not in an effect: a click on Avbryt right after opening must not
  // run the handler of a render that still counted the last opening's typing.
  const [shownOpen, setShownOpen] = useState(props.open);
  if (shownOpen !== props.open) {
    setShownOpen(props.open);
    if (props.open) {
      setWritten(false);
      setAsking(false);
    }
  }
  useEffect(() => {
    if (asking) discard.current?.focus();
  }, [asking]);
  const close = () => {
    if (!written) props.onClose();
    // Escape while asking goes back to the form, as Escape leaves any question unanswered.
    else setAsking(!asking);
  };
  return (
    <Dialog open={props.open} modalType="modal" onOpenChange={(_, data) => !data.open && close()}>
      <DialogSurface>
        <form
          noValidate
          onInput={() => setWritten(true)}
          onSubmit={(event) => {
            event.preventDefault();
            run(props.onSave);
          }}
        >
          <DialogBody>
            <DialogTitle>{props.title}</DialogTitle>
            <DialogContent className={styles.stack}>
              {props.notice ?? <ErrorMessage error={props.error} summary />}
              {props.children}
              {asking && (
                <MessageBar intent="warning" layout="multiline">
                  <MessageBarBody id={questionId}>{texts.discardQuestion}</MessageBarBody>
                </MessageBar>
              )}
            </DialogContent>
            <DialogActions>
              {asking ? (
                <>
                  {/* Focus lands here, so the button carries the question to a screen reader. */}
                  <Button ref={discard} appearance="primary" aria-describedby={questionId} onClick={props.onClose}>
                    {texts.discard}
                  </Button>
                  <Button onClick={() => setAsking(false)}>{texts.keepWriting}</Button>
                </>
              ) : (
                <>
                  <Button appearance="primary" type="submit" disabledFocusable={busy || props.saveBlocked === true}>
                    {props.saveLabel}
                  </Button>
                  <Button onClick={close}>{props.cancelLabel}</Button>
                </>
              )}
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
