import type { InputProps, TextareaProps } from '@fluentui/react-components';
// biome-ignore lint/style/noRestrictedImports: the one place Fluent's text field is taken from, to mark it Swedish
import { Input as FluentInput } from '@fluentui/react-components';
// biome-ignore lint/style/noRestrictedImports: the one place Fluent's text area is taken from, to mark it Swedish
import { Textarea as FluentTextarea } from '@fluentui/react-components';
import { writtenLang } from '../../i18n/written.js';

/**
 * Fluent's text fields as the tab uses them: what people type into them is Swedish, the municipality's language,
 * so the field says so, for a screen reader in the English interface too (WCAG 2.1, 3.1.2). The lint refuses
 * Fluent's own Input and Textarea anywhere else.
 */
export function Input(props: InputProps) {
  // A date or a number is no text: its field keeps the interface's language.
  const holdsWords = props.type === undefined || props.type === 'text' || props.type === 'search';
  return <FluentInput lang={holdsWords ? writtenLang : undefined} {...props} />;
}

export function Textarea(props: TextareaProps) {
  return <FluentTextarea lang={writtenLang} {...props} />;
}
