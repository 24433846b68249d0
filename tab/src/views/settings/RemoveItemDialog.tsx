import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from '@fluentui/react-components';
import { useTexts } from '../../i18n/language.js';

/** Asks before an item of an editable list is removed; `name` undefined keeps the dialog closed. */
export function RemoveItemDialog({
  name,
  onRemove,
  onClose,
}: {
  name: string | undefined;
  onRemove: () => void;
  onClose: () => void;
}) {
  const texts = useTexts();
  return (
    <Dialog open={name !== undefined} onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{name !== undefined ? texts.settings.removeNamed(name) : ''}</DialogTitle>
          <DialogContent>{name !== undefined ? texts.settings.confirmRemove(name) : ''}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onRemove}>
              {texts.settings.remove}
            </Button>
            <Button onClick={onClose}>{texts.settings.cancel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
