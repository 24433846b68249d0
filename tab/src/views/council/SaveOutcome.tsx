import { Button, MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { ApiError } from '../../api/client.js';
import { useTexts } from '../../i18n/language.js';
import { ErrorMessage } from '../common/ErrorMessage.js';

/** What a save came to: someone else saved first (read again, the typed text stays until then), another error, or done. */
export function SaveOutcome({
  error,
  notice,
  onReload,
}: {
  error: ApiError | undefined;
  notice?: string;
  onReload: () => void;
}) {
  const texts = useTexts().council;
  if (error?.status === 412) {
    return (
      <MessageBar intent="warning" role="alert">
        <MessageBarBody>
          {texts.conflict}{' '}
          <Button size="small" onClick={onReload}>
            {texts.reload}
          </Button>
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (error) return <ErrorMessage error={error} summary />;
  if (!notice) return null;
  return (
    <MessageBar intent="success">
      <MessageBarBody>{notice}</MessageBarBody>
    </MessageBar>
  );
}
