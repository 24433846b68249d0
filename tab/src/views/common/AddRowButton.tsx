import { Button, Field, type useRestoreFocusTarget } from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import type { ReactNode } from 'react';
import { useTexts } from '../../i18n/language.js';

interface Props {
  /** The rows the list holds now, and the most the service takes. */
  count: number;
  max: number;
  /** What the list holds, in the plural: "iakttagelser". */
  what: string;
  /** The service's refusal of the list as a whole ("högst 20 iakttagelser"), shown beside the button. */
  issue?: string | undefined;
  onAdd: () => void;
  children: ReactNode;
  /** The mark a dialog the button opens returns focus to. */
  button?: ReturnType<typeof useRestoreFocusTarget>;
}

/**
 * The button under a list that adds a row. When the list holds as many rows as the service takes, the button
 * stays focusable but does nothing, and says why under it, so nobody writes a row that cannot be saved.
 */
export function AddRowButton({ count, max, what, issue, onAdd, children, button }: Props) {
  const texts = useTexts();
  const full = count >= max;
  return (
    <Field validationMessage={issue} hint={full ? texts.listFull(max, what) : undefined}>
      {/* A button is not invalid: the message is tied to it by aria-describedby alone. */}
      {({ 'aria-invalid': _invalid, 'aria-required': _required, ...control }) => (
        <Button
          {...button}
          {...control}
          style={{ justifySelf: 'start' }}
          icon={<AddRegular />}
          disabledFocusable={full}
          onClick={onAdd}
        >
          {children}
        </Button>
      )}
    </Field>
  );
}
