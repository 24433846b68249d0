import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { ApiError } from '../../api/client.js';
import { useLanguage } from '../../i18n/language.js';

export function ErrorMessage({ error }: { error: ApiError | undefined }) {
  const language = useLanguage();
  if (!error) return null;
  return (
    <MessageBar intent="error" role="alert">
      <MessageBarBody>{language === 'sv' ? error.sv : error.en}</MessageBarBody>
    </MessageBar>
  );
}
