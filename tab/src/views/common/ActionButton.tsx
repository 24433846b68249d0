import { Button, type ButtonProps } from '@fluentui/react-components';
import { useOneAtATime } from './use-one-at-a-time.js';

/**
 * A button that asks the service to do something (save a document, accept an offer, send an invitation): one
 * run at a time, so a double click sends one request. While it runs the button keeps its focus and says it is
 * unavailable.
 */
export function ActionButton({
  onAction,
  disabledFocusable,
  ...props
}: Pick<
  ButtonProps,
  'appearance' | 'aria-describedby' | 'aria-label' | 'children' | 'disabledFocusable' | 'icon' | 'size'
> & {
  onAction: () => Promise<unknown>;
}) {
  const { busy, run } = useOneAtATime();
  return <Button {...props} disabledFocusable={Boolean(disabledFocusable) || busy} onClick={() => run(onAction)} />;
}
