import { Link, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useLayoutEffect, useRef, useState } from 'react';
import type { ApiError } from '../../api/client.js';
import { useLanguage, useTexts } from '../../i18n/language.js';
import { fieldsOf, labelOf, problemText } from './refused-fields.js';

/**
 * What the API refused, in the person's language. With `summary` (a form's refused submit) it lists each
 * field's problem as a link to the field, named by the field's label, and takes focus, scrolled into view, so
 * the refusal cannot be missed below the fold (the GOV.UK and Designsystemet error summary). A refused input
 * then opens with the tab's own sentence: the API's names the fields by their JSON names.
 */
export function ErrorMessage({ error, summary = false }: { error: ApiError | undefined; summary?: boolean }) {
  const language = useLanguage();
  const bar = useRef<HTMLDivElement>(null);
  const texts = useTexts().errors;
  // Per issue of `shown`: its field and the field's label; none while no field in the form shows it.
  const [found, setFound] = useState<{
    shown?: ApiError;
    fields: ({ control: HTMLElement; label: string } | undefined)[];
  }>({ fields: [] });
  const messageOf = (issue: ApiError['issues'][number]) => (language === 'sv' ? issue.message : issue.messageEn);
  const scope = () => bar.current?.closest('form, [role="dialog"]') ?? document;
  // Before the browser paints: the fields render their own messages in the same commit, so which of them a link
  // can reach is known right after it, and nobody sees or hears the summary without its links first.
  useLayoutEffect(() => {
    if (!summary || !error || !bar.current) return;
    const controls = fieldsOf(scope(), error.issues.map(messageOf));
    setFound({ shown: error, fields: controls.map((control) => control && { control, label: labelOf(control) }) });
    bar.current.scrollIntoView({ block: 'center' });
    bar.current.focus();
  }, [error, summary, language]);
  if (!error) return null;
  const issues = summary ? error.issues : [];
  const fields = found.shown === error ? found.fields : [];
  // The service's sentence for input its schema refused ends with the first field's JSON path and problem
  // ("… description: högst 4 000 tecken"); a form names its fields by their labels instead. Its own refusals
  // ("Ange status för varje åtgärd") say more and stay.
  const first = issues[0];
  const namesJsonField =
    first?.field !== undefined && first.field !== '' && error.sv.endsWith(`${first.field}: ${first.message}`);
  return (
    <MessageBar
      intent="error"
      role="alert"
      ref={bar}
      tabIndex={summary ? -1 : undefined}
      layout={issues.length > 0 ? 'multiline' : 'auto'}
      // In a form's column (a dialog's scrolling content) the bar keeps its height instead of lying under the fields.
      style={{ flexShrink: 0 }}
    >
      <MessageBarBody>
        {namesJsonField ? texts.correctMarked : language === 'sv' ? error.sv : error.en}
        {issues.length > 0 && (
          <ul style={{ margin: 0, paddingInlineStart: '1.25rem' }}>
            {issues.map((issue, index) => {
              const field = fields[index];
              // One field's value refused twice (a category's name and the id made from it): said once, at it.
              if (!field && issues.some((other, at) => fields[at] && messageOf(other) === messageOf(issue)))
                return null;
              return (
                <li key={index}>
                  {field ? (
                    <Link
                      as="button"
                      inline
                      // A wrapped link starts beside its bullet, not on the bullet's line at its end.
                      style={{ verticalAlign: 'top', textAlign: 'start' }}
                      onClick={() => {
                        // Found again: the form may have drawn the field anew since the refusal.
                        const control = fieldsOf(scope(), issues.map(messageOf))[index] ?? field.control;
                        control.scrollIntoView({ block: 'center' });
                        control.focus();
                      }}
                    >
                      {problemText(messageOf(issue), field.label)}
                    </Link>
                  ) : namesJsonField ? (
                    // No field of this form shows it: where it is, as the service names it.
                    `${messageOf(issue)} (${issue.field})`
                  ) : (
                    messageOf(issue)
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
