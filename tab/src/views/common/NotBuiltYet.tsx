import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useTexts } from '../../i18n/language.js';
import type { Texts } from '../../i18n/sv.js';

/** An honest panel for an area that is not built yet: what will be here, no fake content. */
export function NotBuiltYet({ area }: { area: keyof Omit<Texts['notBuilt'], 'heading'> }) {
  const texts = useTexts();
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{texts.notBuilt.heading}</MessageBarTitle> {texts.notBuilt[area]}
      </MessageBarBody>
    </MessageBar>
  );
}
