import { Link, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { ApiError } from '../../api/client.js';
import { useLanguage, useTexts } from '../../i18n/language.js';

/**
 * The controls whose Fluent fields show `message` beside them, within the same form (or dialog), in the page's
 * order: the second issue saying "saknas" belongs to the second field saying it.
 */
function fieldsShowing(scope: ParentNode, message: string): HTMLElement[] {
  return [...scope.querySelectorAll<HTMLElement>('.fui-Field__validationMessage')]
    .filter((element) => element.textContent?.includes(message) && element.id)
    .flatMap((note) => scope.querySelector<HTMLElement>(`[aria-describedby~="${CSS.escape(note.id)}"]`) ?? []);
}

/** Each issue's control, or undefined where no field of the form shows it. */
function fieldsOf(scope: ParentNode, messages: string[]): (HTMLElement | undefined)[] {
  const taken = new Map<string, number>();
  return messages.map((message) => {
    const nth = taken.get(message) ?? 0;
    taken.set(message, nth + 1);
    return fieldsShowing(scope, message)[nth];
  });
}

/** The words a field's label shows (without the required mark), as the person reads them above the field. */
function labelOf(control: HTMLElement): string {
  const labels = [
    ...(control.getAttribute('aria-labelledby') ?? '').split(/\s+/).flatMap((id) => document.getElementById(id) ?? []),
    ...('labels' in control ? [...((control as HTMLInputElement).labels ?? [])] : []),
  ];
  const label = labels[0]?.cloneNode(true) as HTMLElement | undefined;
  if (!label) return control.getAttribute('aria-label') ?? '';
  for (const hidden of label.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
  return label.textContent?.trim() ?? '';
}

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
  useEffect(() => {
    if (!summary || !error || !bar.current) return;
    // The fields render their own messages in the same commit; which of them a link can reach is known after it.
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
  const everyFieldShown = issues.length > 0 && issues.every((_, index) => fields[index] !== undefined);
  // A problem says which field unless it names the field already, quoted or first ("”Gäller till” kan inte …").
  const linkText = (message: string, label: string) => {
    const named =
      [`”${label}”`, `“${label}”`].some((quoted) => message.includes(quoted)) ||
      message.toLocaleLowerCase().startsWith(`${label.toLocaleLowerCase()} `);
    return label && !named ? `${label}: ${message}` : message;
  };
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
        {namesJsonField && everyFieldShown ? texts.correctMarked : language === 'sv' ? error.sv : error.en}
        {issues.length > 0 && (
          <ul style={{ margin: 0, paddingInlineStart: '1.25rem' }}>
            {issues.map((issue, index) => {
              const field = fields[index];
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
                      {linkText(messageOf(issue), field.label)}
                    </Link>
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
