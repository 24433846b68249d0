import { useFocusFinders } from '@fluentui/react-components';

/**
 * Keeps Fluent's focus manager (tabster) alive while the tab is open. Each dialog holds it while mounted; when
 * a view unmounts while its dialog is still closing, the last holder goes with it and the manager is disposed
 * before its pending clean-up runs, so `aria-hidden` stays on the whole tab and screen readers find nothing
 * (microsoft/tabster#530, microsoft/fluentui#35139). A holder that lives as long as the tab prevents that.
 * `useFocusFinders` holds the manager's core and nothing more.
 */
export function LastingTabster() {
  useFocusFinders();
  return null;
}
