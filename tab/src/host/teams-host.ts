export type ThemeName = 'default' | 'dark' | 'contrast';

export interface Host {
  inTeams: boolean;
  theme: ThemeName;
  /** BCP 47 locale from Teams, or undefined in a plain browser. */
  locale: string | undefined;
  onThemeChange(listener: (theme: ThemeName) => void): void;
  /** The Entra ID token for the app (Teams SSO); only inside Teams. */
  getAuthToken(): Promise<string>;
  /** Opens an address outside the tab: through Teams inside Teams (Word for the web for a SharePoint document). */
  openLink(url: string): Promise<void>;
}

const browserHost: Host = {
  inTeams: false,
  theme: 'default',
  locale: undefined,
  onThemeChange: () => undefined,
  getAuthToken: () => Promise.reject(new Error('Single sign-on needs Teams')),
  openLink: async (url) => {
    window.open(url, '_blank', 'noopener');
  },
};

function asTheme(value: string | undefined): ThemeName {
  return value === 'dark' || value === 'contrast' ? value : 'default';
}

/** Teams hosts the tab in an iframe; outside one (a plain browser) there is nothing to initialise. */
export async function detectHost(timeoutMs = 3000): Promise<Host> {
  // Outside Teams, ?theme=dark or ?theme=contrast shows the tab in Teams' other themes (for testing them).
  if (window.parent === window)
    return { ...browserHost, theme: asTheme(new URLSearchParams(window.location.search).get('theme') ?? undefined) };
  try {
    // teams-js is loaded only inside Teams (an iframe): a plain browser never downloads it.
    const { app, authentication } = await import('@microsoft/teams-js');
    await Promise.race([
      app.initialize(),
      new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), timeoutMs)),
    ]);
    const context = await app.getContext();
    app.notifySuccess();
    return {
      inTeams: true,
      theme: asTheme(context.app.theme),
      locale: context.app.locale,
      onThemeChange: (listener) => app.registerOnThemeChangeHandler((theme) => listener(asTheme(theme))),
      getAuthToken: () => authentication.getAuthToken(),
      openLink: (url) => app.openLink(url),
    };
  } catch {
    return browserHost;
  }
}
