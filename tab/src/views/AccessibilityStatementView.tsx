import { Body1, Subtitle2 } from '@fluentui/react-components';
import { useTexts } from '../i18n/language.js';
import { useSession } from '../session.js';

/** The accessibility statement after DIGG's model: how far the service complies, what does not work yet, how to report, supervision. */
export function AccessibilityStatementView() {
  const texts = useTexts().accessibility;
  const { me } = useSession();
  return (
    <>
      {texts.body.map((paragraph) => (
        <Body1 as="p" block key={paragraph}>
          {paragraph}
        </Body1>
      ))}
      <Subtitle2 as="h2" block>
        {texts.knownHeading}
      </Subtitle2>
      <ul>
        {texts.known.map((item) => (
          <li key={item}>
            <Body1>{item}</Body1>
          </li>
        ))}
      </ul>
      <Subtitle2 as="h2" block>
        {texts.reportHeading}
      </Subtitle2>
      <Body1 as="p" block>
        {texts.report}
      </Body1>
      {me.accessibilityContact && (
        <Body1 as="p" block>
          {texts.contact(me.accessibilityContact)}
        </Body1>
      )}
      <Body1 as="p" block>
        {texts.supervision}
      </Body1>
      <Body1 as="p" block>
        {texts.reviewed}
      </Body1>
    </>
  );
}
