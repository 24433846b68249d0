import { Body1, Caption1, makeStyles, MessageBar, MessageBarBody, Subtitle1, tokens } from '@fluentui/react-components';
import { useOutbox } from '../../api/resources/outbox.js';
import { useLanguage, useTexts } from '../../i18n/language.js';
import { Written, withWritten, writtenLang } from '../../i18n/written.js';
import { ErrorMessage } from '../common/ErrorMessage.js';
import { formatDateTime } from '../common/format.js';
import { useSectionStyles } from './section-styles.js';

const useStyles = makeStyles({
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  item: { borderTop: `1px solid ${tokens.colorNeutralStroke2}`, paddingTop: tokens.spacingVerticalS },
  body: { margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', fontFamily: 'inherit' },
});

/** What the council's mail and meeting invitations said and to whom: sent, or locally only kept here. */
export function OutboxSection() {
  const sectionStyles = useSectionStyles();
  const texts = useTexts().outbox;
  const language = useLanguage();
  const styles = useStyles();
  const { data: outbox, error } = useOutbox();

  return (
    <section className={sectionStyles.section} aria-labelledby="outbox-heading">
      <Subtitle1 as="h2" id="outbox-heading">
        {texts.heading}
      </Subtitle1>
      <ErrorMessage error={error ?? undefined} />
      {outbox && (
        <MessageBar intent="info">
          <MessageBarBody>{outbox.sending === 'graph' ? texts.sendingGraph : texts.sendingOutbox}</MessageBarBody>
        </MessageBar>
      )}
      {outbox && outbox.items.length === 0 && <Body1 as="p">{texts.empty}</Body1>}
      {outbox && outbox.items.length > 0 && (
        <ul className={styles.list}>
          {outbox.items.map((item) => (
            <li key={item.id} className={styles.item}>
              <details>
                <summary>
                  <Body1>
                    {texts.kinds[item.kind]}: <Written>{item.subject}</Written>
                  </Body1>
                </summary>
                <Caption1 block>{withWritten(texts.to, item.recipients.map((r) => r.name).join(', '))}</Caption1>
                <pre className={styles.body} lang={writtenLang}>
                  {item.body}
                </pre>
              </details>
              <Caption1 block>
                {item.via === 'graph'
                  ? texts.sentAt(formatDateTime(item.sentAt, language))
                  : texts.keptAt(formatDateTime(item.sentAt, language))}
              </Caption1>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
