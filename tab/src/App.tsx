import { FluentProvider, Spinner } from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { ApiClient, type ApiError } from './api/client.js';
import type { Me } from './api/types.js';
import { PersonaPicker } from './auth/PersonaPicker.js';
import { personaStorage } from './auth/persona-storage.js';
import type { Host, ThemeName } from './host/teams-host.js';
import { initialLanguage, LanguageContext, rememberLanguage, textsOf, type Language } from './i18n/language.js';
import { SessionContext } from './session.js';
import { Shell } from './Shell.js';
import { themes } from './theme.js';
import { ErrorMessage } from './views/common/ErrorMessage.js';

export function App({ host }: { host: Host }) {
  const [language, setLanguage] = useState<Language>(() => initialLanguage(host.locale));
  const [theme, setTheme] = useState<ThemeName>(host.theme);
  const [personaId, setPersonaId] = useState(personaStorage.read);
  const [me, setMe] = useState<Me>();
  const [error, setError] = useState<ApiError>();
  const api = useMemo(() => new ApiClient(personaId), [personaId]);

  useEffect(() => host.onThemeChange(setTheme), [host]);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  useEffect(() => {
    setMe(undefined);
    setError(undefined);
    if (!personaId) return;
    api
      .request<Me>('/api/me')
      .then(setMe)
      .catch((e: ApiError) => {
        if (e.status === 401) {
          personaStorage.clear();
          setPersonaId(undefined);
        } else {
          setError(e);
        }
      });
  }, [api, personaId]);

  const switchLanguage = useCallback(() => {
    const next = language === 'sv' ? 'en' : 'sv';
    rememberLanguage(next);
    setLanguage(next);
  }, [language]);

  const switchPerson = useCallback(() => {
    personaStorage.clear();
    setPersonaId(undefined);
  }, []);

  const texts = textsOf[language];
  return (
    <FluentProvider theme={themes[theme]} style={{ minHeight: '100vh' }}>
      <LanguageContext.Provider value={{ language, texts }}>
        {!personaId && (
          <PersonaPicker
            onChoose={(persona) => {
              personaStorage.write(persona.id);
              setPersonaId(persona.id);
            }}
          />
        )}
        {personaId && error && (
          <main id="main">
            <ErrorMessage error={error} />
          </main>
        )}
        {personaId && !me && !error && <Spinner label={texts.loading} style={{ marginTop: '20vh' }} />}
        {me && (
          <SessionContext.Provider value={{ me, api }}>
            <Shell inTeams={host.inTeams} onSwitchLanguage={switchLanguage} onSwitchPerson={switchPerson} />
          </SessionContext.Provider>
        )}
      </LanguageContext.Provider>
    </FluentProvider>
  );
}
