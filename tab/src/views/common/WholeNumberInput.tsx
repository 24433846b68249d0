import type { InputProps } from '@fluentui/react-components';
import { Input } from './text-fields.js';

/**
 * A whole number typed in a field. Emptied, it stays empty (not a 0 the person did not write) and holds NaN,
 * which the service refuses beside the field when saved ("ange ett tal").
 */
export function WholeNumberInput({
  value,
  onNumber,
  ...props
}: Omit<InputProps, 'type' | 'value' | 'onChange'> & { value: number; onNumber: (value: number) => void }) {
  return (
    <Input
      {...props}
      type="number"
      inputMode="numeric"
      step={1}
      value={Number.isNaN(value) ? '' : String(value)}
      onChange={(_, data) => onNumber(data.value.trim() === '' ? Number.NaN : Number(data.value))}
    />
  );
}
