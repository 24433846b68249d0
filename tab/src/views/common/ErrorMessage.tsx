import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import type { ApiError } from '../../api/client.js';
import { useLanguage } from '../../i18n/language.js';

/**
 * What the API refused, in the person's language. With `summary` (a form's refused submit) it also lists
 * each field's problem and takes focus, scrolled into view, so the refusal cannot be missed below the fold.
 */
export function ErrorMessage({ error, summary = false }: { error: ApiError | undefined; summary?: boolean }) {
  const language = useLanguage();
  const bar = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!summary || !error || !bar.current) return;
    bar.current.scrollIntoView({ block: 'center' });
    bar.current.focus();
  }, [error, summary]);
  if (!error) return null;
  const issues = summary ? error.issues : [];
  return (
    <MessageBar intent="error" role="alert" ref={bar} tabIndex={summary ? -1 : undefined}>
      <MessageBarBody>
        {language === 'sv' ? error.sv : error.en}
        {issues.length > 0 && (
          <ul style={{ margin: 0, paddingInlineStart: '1.25rem' }}>
            {issues.map((issue, index) => (
              <li key={index}>{language === 'sv' ? issue.message : issue.messageEn}</li>
            ))}
          </ul>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
