import type { InputProps } from '@fluentui/react-components';
import { Input } from './text-fields.js';
import { datedYears } from '../../../../api/domain/calendar-date.js';

/**
 * A date field whose picker offers only the years the service keeps (1900–2100); `max` narrows it further
 * for what has already happened. The service checks the same, and its message shows under the field.
 */
export function DateInput({ min, max, ...props }: Omit<InputProps, 'type'>) {
  return (
    <Input {...props} type="date" min={min ?? `${datedYears.first}-01-01`} max={max ?? `${datedYears.last}-12-31`} />
  );
}
