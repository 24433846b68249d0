import { Body1 } from '@fluentui/react-components';
import { useTexts } from '../i18n/language.js';

export function AccessibilityStatementView() {
  const texts = useTexts();
  return (
    <>
      {texts.accessibility.body.map((paragraph) => (
        <Body1 as="p" block key={paragraph}>
          {paragraph}
        </Body1>
      ))}
    </>
  );
}
