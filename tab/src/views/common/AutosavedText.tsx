import { Textarea } from './text-fields.js';
import { useLanguage } from '../../i18n/language.js';
import { fieldError } from './field-error.js';
import { ConflictNotice, SaveStatus } from './AutosaveNotices.js';
import { ErrorMessage } from './ErrorMessage.js';
import { LimitedField } from './LimitedField.js';
import { ReadText } from './ReadText.js';
import { useAutosave } from './use-autosave.js';

/**
 * A text saved as it is written. `save` stores it with the ETag it was read with and answers the new one;
 * `theirsOf` reads the other person's version out of a 412, so a conflict shows both and the writer chooses.
 */
export function AutosavedText(props: {
  label: string;
  text: string;
  etag: string;
  /** Otherwise the text is shown as a reader sees it. */
  editable: boolean;
  /** The field the API names in its errors. */
  field: string;
  /** The most characters the service takes (api/domain/text-limits.ts). */
  max: number;
  rows?: number;
  save: (text: string, etag: string) => Promise<string>;
  theirsOf: (current: unknown) => { value: string; etag: string };
}) {
  const language = useLanguage();
  const { value, change, state, error, theirs, keepMine, useTheirs } = useAutosave(
    { value: props.text, etag: props.etag },
    props.save,
    props.theirsOf,
  );
  if (!props.editable) return <ReadText label={props.label} text={props.text} />;
  return (
    <>
      {theirs && <ConflictNotice theirText={theirs.value} onKeepMine={keepMine} onUseTheirs={useTheirs} />}
      {state === 'failed' && !error?.issues.length && <ErrorMessage error={error} />}
      <LimitedField
        label={props.label}
        value={value}
        max={props.max}
        validationMessage={fieldError(error, props.field, language)}
      >
        <Textarea rows={props.rows ?? 5} resize="vertical" value={value} onChange={(_, d) => change(d.value)} />
      </LimitedField>
      <SaveStatus state={state} />
    </>
  );
}
