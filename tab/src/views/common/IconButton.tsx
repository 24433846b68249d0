import { Button, type ButtonProps, Tooltip, useRestoreFocusTarget } from '@fluentui/react-components';
import type { JSX, MouseEvent } from 'react';
import { useOneAtATime } from './use-one-at-a-time.js';

/**
 * A button that shows only its icon: the label is its accessible name and the tooltip a sighted user sees
 * on hover or focus, so the two cannot differ. When `onClick` answers a promise (it asks the service for
 * something), a click while it runs does nothing, so a double click sends one request.
 */
export function IconButton({
  icon,
  label,
  onClick,
  size,
  appearance,
  disabled,
}: {
  icon: JSX.Element;
  label: string;
  onClick: (event: MouseEvent<HTMLButtonElement | HTMLAnchorElement>) => unknown;
  size?: ButtonProps['size'];
  appearance?: ButtonProps['appearance'];
  disabled?: boolean;
}) {
  // An icon button often opens a dialog (edit, remove); focus comes back to it when the dialog closes.
  const restoreFocus = useRestoreFocusTarget();
  const { run } = useOneAtATime();
  return (
    <Tooltip content={label} relationship="label" withArrow>
      <Button
        {...restoreFocus}
        icon={icon}
        onClick={(event) => run(() => onClick(event))}
        {...(size ? { size } : {})}
        {...(appearance ? { appearance } : {})}
        {...(disabled ? { disabled } : {})}
      />
    </Tooltip>
  );
}
