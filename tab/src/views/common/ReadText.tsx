import { Body1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useTexts } from '../../i18n/language.js';
import { writtenLang } from '../../i18n/written.js';

const useStyles = makeStyles({
  text: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  paragraph: { margin: 0, whiteSpace: 'pre-line', overflowWrap: 'anywhere' },
  empty: { margin: 0, color: tokens.colorNeutralForeground3 },
});

/** A written text as a reader sees it: its heading and its paragraphs, never a read-only field. */
export function ReadText({ label, text, level = 3 }: { label: ReactNode; text: string; level?: 3 | 4 | 5 }) {
  const styles = useStyles();
  return (
    <div className={styles.text}>
      <Subtitle2 as={`h${level}`}>{label}</Subtitle2>
      <Paragraphs text={text} />
    </div>
  );
}

/** Paragraphs split where the writer left an empty line; "Ingen text ännu." when there is none. */
export function Paragraphs({ text }: { text: string }) {
  const styles = useStyles();
  const none = useTexts().noText;
  const paragraphs = text.split(/\n\s*\n/).filter((p) => p.trim() !== '');
  if (paragraphs.length === 0)
    return (
      <Body1 as="p" className={styles.empty}>
        {none}
      </Body1>
    );
  return (
    <>
      {paragraphs.map((paragraph, index) => (
        <Body1 as="p" key={index} lang={writtenLang} className={styles.paragraph}>
          {paragraph.trim()}
        </Body1>
      ))}
    </>
  );
}
