import { Body1, Button, Caption1, makeStyles, Spinner, Title2, tokens } from '@fluentui/react-components';
import { PersonRegular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import { ApiClient, type ApiError } from '../api/client.js';
import type { Persona } from '../api/types.js';
import { roleTitles } from '../../../api/domain/roles.js';
import { pick, useLanguage, useTexts } from '../i18n/language.js';
import { writtenLang } from '../i18n/written.js';
import { ErrorMessage } from '../views/common/ErrorMessage.js';
import { readPersonas } from '../api/sign-in.js';

const useStyles = makeStyles({
  page: { maxWidth: '48rem', margin: '0 auto', padding: tokens.spacingHorizontalXXL },
  list: {
    listStyleType: 'none',
    padding: 0,
    display: 'grid',
    gap: tokens.spacingVerticalS,
    gridTemplateColumns: 'repeat(auto-fill, minmax(15rem, 1fr))',
  },
  person: {
    width: '100%',
    justifyContent: 'flex-start',
    height: 'auto',
    padding: tokens.spacingHorizontalM,
    textAlign: 'left',
  },
  lines: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start' },
});

/** Local mode sign-in: one button per demo person. */
export function PersonaPicker({ onChoose }: { onChoose: (persona: Persona) => void }) {
  const texts = useTexts();
  const language = useLanguage();
  const styles = useStyles();
  const [personas, setPersonas] = useState<Persona[]>();
  const [error, setError] = useState<ApiError>();

  useEffect(() => {
    readPersonas(new ApiClient(undefined))
      .then(setPersonas)
      .catch((e: ApiError) => setError(e));
  }, []);

  return (
    <main className={styles.page} id="main">
      <Title2 as="h1">{texts.persona.heading}</Title2>
      <Body1 as="p" block>
        {texts.persona.intro}
      </Body1>
      <ErrorMessage error={error} />
      {!personas && !error && <Spinner label={texts.loading} />}
      {personas && (
        // The list says what choosing does; each button's name is what it shows (WCAG 2.5.3 Label in Name).
        <ul className={styles.list} aria-label={texts.persona.choose}>
          {personas.map((persona) => (
            <li key={persona.id}>
              <Button className={styles.person} icon={<PersonRegular />} onClick={() => onChoose(persona)}>
                <span className={styles.lines}>
                  <span>{persona.displayName}</span>
                  <Caption1 lang={writtenLang}>{persona.title}</Caption1>
                  <Caption1>{persona.roles.map((role) => pick(language, roleTitles[role])).join(', ')}</Caption1>
                </span>
              </Button>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
