import { Button, type ButtonProps, Tooltip, useRestoreFocusTarget } from '@fluentui/react-components';
import type { JSX, MouseEventHandler } from 'react';

/**
 * A button that shows only its icon: the label is its accessible name and the tooltip a sighted user sees
 * on hover or focus, so the two cannot differ.
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
  onClick: MouseEventHandler<HTMLButtonElement | HTMLAnchorElement>;
  size?: ButtonProps['size'];
  appearance?: ButtonProps['appearance'];
  disabled?: boolean;
}) {
  // An icon button often opens a dialog (edit, remove); focus comes back to it when the dialog closes.
  const restoreFocus = useRestoreFocusTarget();
  return (
    <Tooltip content={label} relationship="label" withArrow>
      <Button
        {...restoreFocus}
        icon={icon}
        onClick={onClick}
        {...(size ? { size } : {})}
        {...(appearance ? { appearance } : {})}
        {...(disabled ? { disabled } : {})}
      />
    </Tooltip>
  );
}
