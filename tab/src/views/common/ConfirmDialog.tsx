import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from '@fluentui/react-components';
import { type JSX, type ReactNode, useCallback, useRef, useState } from 'react';
import { useTexts } from '../../i18n/language.js';

export interface ConfirmRequest {
  /** What will happen, as a question: "Ta bort posten?". */
  message: ReactNode;
  /** The button that does it, named by what it does: "Ta bort". */
  confirmLabel: string;
}

/**
 * A Fluent alert dialog in place of `window.confirm`, which new Teams does not show. `confirm` resolves
 * true only when the person chose the action; Escape and Avbryt resolve false. Render `dialog` once.
 */
export function useConfirm(): [confirm: (request: ConfirmRequest) => Promise<boolean>, dialog: JSX.Element] {
  const texts = useTexts().confirm;
  const [request, setRequest] = useState<ConfirmRequest>();
  const [open, setOpen] = useState(false);
  const answer = useRef<(yes: boolean) => void>(undefined);
  const confirm = useCallback(
    (next: ConfirmRequest) =>
      new Promise<boolean>((resolve) => {
        answer.current?.(false);
        answer.current = resolve;
        setRequest(next);
        setOpen(true);
      }),
    [],
  );
  const close = (yes: boolean) => {
    setOpen(false);
    answer.current?.(yes);
    answer.current = undefined;
  };
  const dialog = (
    <Dialog open={open} modalType="alert" onOpenChange={(_, data) => !data.open && close(false)}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{texts.title}</DialogTitle>
          <DialogContent>{request?.message}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => close(true)}>
              {request?.confirmLabel}
            </Button>
            <Button onClick={() => close(false)}>{texts.cancel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
  return [confirm, dialog];
}
