import { FluentProvider, MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import { ApiClient, type ApiError } from './api/client.js';
import type { HealthJson } from '../../api/contract/operations.js';
import { createQueryClient } from './api/query-client.js';
import { readMe } from './api/sign-in.js';
import type { Me } from './api/types.js';
import { PersonaPicker } from './auth/PersonaPicker.js';
import { personaStorage } from './auth/persona-storage.js';
import type { Host, ThemeName } from './host/teams-host.js';
import { initialLanguage, LanguageContext, rememberLanguage, textsOf, type Language } from './i18n/language.js';
import { SessionContext } from './session.js';
import { Shell } from './Shell.js';
import { ViewBoundary } from './navigation/view-failed.js';
import { themes } from './theme.js';
import { ErrorMessage } from './views/common/ErrorMessage.js';

// Loaded beside the first view, not before it: the focus manager's script comes with the views anyway.
const LastingTabster = lazy(async () => ({ default: (await import('./LastingTabster.js')).LastingTabster }));

export function App({ host }: { host: Host }) {
  const [language, setLanguage] = useState<Language>(() => initialLanguage(host.locale));
  const [theme, setTheme] = useState<ThemeName>(host.theme);
  const [personaId, setPersonaId] = useState(personaStorage.read);
  const [me, setMe] = useState<Me>();
  const [error, setError] = useState<ApiError>();
  // The service says how people sign in: demo personas locally, Teams single sign-on in a tenant.
  const [authMode, setAuthMode] = useState<'local' | 'entra'>();
  const entra = authMode === 'entra';
  const api = useMemo(
    () =>
      entra
        ? new ApiClient(undefined, host.getAuthToken, host.openLink)
        : new ApiClient(personaId, undefined, host.openLink),
    [entra, personaId, host],
  );
  // One cache per signed-in person: a persona switch never shows the previous person's answers.
  const queryClient = useMemo(() => createQueryClient(), [api]);
  const signedIn = entra ? host.inTeams : personaId !== undefined;

  useEffect(() => {
    void fetch('/api/health')
      .then((response) => response.json() as Promise<Partial<HealthJson>>)
      .then(
        (health) => setAuthMode(health.authMode === 'entra' ? 'entra' : 'local'),
        () => setAuthMode('local'),
      );
  }, []);

  useEffect(() => host.onThemeChange(setTheme), [host]);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  useEffect(() => {
    setMe(undefined);
    setError(undefined);
    if (!authMode || !signedIn) return;
    readMe(api)
      .then(setMe)
      .catch((e: ApiError) => {
        if (e.status === 401 && !entra) {
          personaStorage.clear();
          setPersonaId(undefined);
        } else {
          setError(e);
        }
      });
  }, [api, authMode, signedIn, entra]);

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
      {/* Inside FluentProvider, whose document the focus manager needs. */}
      <Suspense fallback={null}>
        <LastingTabster />
      </Suspense>
      <LanguageContext.Provider value={{ language, texts }}>
        {!authMode && <Spinner label={texts.loading} style={{ marginTop: '20vh' }} />}
        {entra && !host.inTeams && (
          <main id="main">
            <MessageBar intent="info" layout="multiline">
              <MessageBarBody>{texts.openInTeams}</MessageBarBody>
            </MessageBar>
          </main>
        )}
        {authMode === 'local' && !personaId && (
          <PersonaPicker
            onChoose={(persona) => {
              personaStorage.write(persona.id);
              setPersonaId(persona.id);
            }}
          />
        )}
        {signedIn && error && (
          <main id="main">
            <ErrorMessage error={error} />
          </main>
        )}
        {signedIn && !me && !error && <Spinner label={texts.loading} style={{ marginTop: '20vh' }} />}
        {me && (
          <QueryClientProvider client={queryClient}>
            <SessionContext.Provider value={{ me, api }}>
              {/* The last net: an error in the shell itself shows why and a reload, never a blank tab. */}
              <ViewBoundary>
                <Shell
                  inTeams={host.inTeams}
                  onSwitchLanguage={switchLanguage}
                  {...(entra ? {} : { onSwitchPerson: switchPerson })}
                />
              </ViewBoundary>
            </SessionContext.Provider>
          </QueryClientProvider>
        )}
      </LanguageContext.Provider>
    </FluentProvider>
  );
}
