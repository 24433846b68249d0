import { Field, type FieldProps } from '@fluentui/react-components';
import { useLanguage, useTexts } from '../../i18n/language.js';

/** From this share of the limit on, the count shows. */
const near = 0.8;

type Props = Omit<FieldProps, 'hint'> & {
  /** The text in the field, and the most characters the service takes (api/domain/text-limits.ts). */
  value: string;
  max: number;
  hint?: string | undefined;
};

/**
 * A Field around a long text: as the text nears the service's limit its count shows under it, and past the limit
 * it says by how much, so nobody learns it only when the save is refused. The service counts the text trimmed.
 */
export function LimitedField({ value, max, hint, validationMessage, ...field }: Props) {
  const texts = useTexts().textLimit;
  const language = useLanguage();
  const format = (count: number) => count.toLocaleString(language === 'sv' ? 'sv-SE' : 'en-GB');
  const length = value.trim().length;
  const counted = length >= max * near ? texts.counted(format(length), format(max)) : undefined;
  const over = length > max ? texts.tooLong(format(length - max), format(max)) : undefined;
  const hints = [hint, counted].filter(Boolean).join(' ');
  return <Field {...field} hint={hints || undefined} validationMessage={validationMessage ?? over} />;
}
