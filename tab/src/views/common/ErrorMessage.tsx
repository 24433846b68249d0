import { Link, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { ApiError } from '../../api/client.js';
import { useLanguage } from '../../i18n/language.js';

/** The control whose Fluent field shows `message` beside it, within the same form (or dialog). */
function fieldShowing(scope: ParentNode, message: string): HTMLElement | undefined {
  const note = [...scope.querySelectorAll<HTMLElement>('.fui-Field__validationMessage')].find((element) =>
    element.textContent?.includes(message),
  );
  if (!note?.id) return undefined;
  return scope.querySelector<HTMLElement>(`[aria-describedby~="${CSS.escape(note.id)}"]`) ?? undefined;
}

/**
 * What the API refused, in the person's language. With `summary` (a form's refused submit) it lists each
 * field's problem as a link to the field and takes focus, scrolled into view, so the refusal cannot be
 * missed below the fold (the GOV.UK and Designsystemet error summary).
 */
export function ErrorMessage({ error, summary = false }: { error: ApiError | undefined; summary?: boolean }) {
  const language = useLanguage();
  const bar = useRef<HTMLDivElement>(null);
  const [linked, setLinked] = useState<boolean[]>([]);
  const messageOf = (issue: ApiError['issues'][number]) => (language === 'sv' ? issue.message : issue.messageEn);
  const scope = () => bar.current?.closest('form, [role="dialog"]') ?? document;
  useEffect(() => {
    if (!summary || !error || !bar.current) return;
    // The fields render their own messages in the same commit; which of them a link can reach is known after it.
    setLinked(
      error.issues.map(
        (issue) => fieldShowing(scope(), language === 'sv' ? issue.message : issue.messageEn) !== undefined,
      ),
    );
    bar.current.scrollIntoView({ block: 'center' });
    bar.current.focus();
  }, [error, summary, language]);
  if (!error) return null;
  const issues = summary ? error.issues : [];
  return (
    <MessageBar
      intent="error"
      role="alert"
      ref={bar}
      tabIndex={summary ? -1 : undefined}
      layout={issues.length > 0 ? 'multiline' : 'auto'}
    >
      <MessageBarBody>
        {language === 'sv' ? error.sv : error.en}
        {issues.length > 0 && (
          <ul style={{ margin: 0, paddingInlineStart: '1.25rem' }}>
            {issues.map((issue, index) => (
              <li key={index}>
                {linked[index] ? (
                  <Link
                    as="button"
                    inline
                    onClick={() => {
                      const field = fieldShowing(scope(), messageOf(issue));
                      field?.scrollIntoView({ block: 'center' });
                      field?.focus();
                    }}
                  >
                    {messageOf(issue)}
                  </Link>
                ) : (
                  messageOf(issue)
                )}
              </li>
            ))}
          </ul>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
