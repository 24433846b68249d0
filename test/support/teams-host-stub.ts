/**
 * A page standing in for Teams around the tab: it answers teams-js's messages the way the host does
 * (initialize, getContext, executeDeepLink for app.openLink) and keeps the deep links it was asked to open in
 * window.openedLinks. teams-js accepts messages from its own origin, so the page is served from the tab's.
 * The protocol is teams-js 2.x's: requests {id, uuidAsString, func, args}, answers {id, uuidAsString, args}.
 */
export function teamsHostPage(tabPath: string): string {
  const runtime = JSON.stringify({
    apiVersion: 4,
    hostVersionsInfo: { adaptiveCardSchemaVersion: { majorVersion: 1, minorVersion: 5 } },
    isLegacyTeams: false,
    supports: {
      app: {},
      appEntity: {},
      pages: { appButton: {}, tabs: {}, config: {}, backStack: {}, fullTrust: {} },
      teamsCore: {},
      dialog: {},
    },
  });
  const context = {
    locale: 'sv-se',
    theme: 'dark',
    hostClientType: 'web',
    frameContext: 'content',
    entityId: 'trygghetshjulet',
    appSessionId: '0b4e6f1c-0000-4000-8000-000000000001',
    tid: '11111111-2222-3333-4444-555555555555',
  };
  return `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Teams (stand-in)</title></head>
<body style="margin:0"><iframe id="tab" title="Trygghetshjulet" src="${tabPath}" style="border:0;width:100vw;height:100vh"></iframe>
<script>
window.openedLinks = [];
window.hostCalls = [];
const answers = {
  initialize: () => ['content', 'web', ${JSON.stringify(runtime)}, '2.0.0'],
  getContext: () => [${JSON.stringify(context)}],
  executeDeepLink: (url) => { window.openedLinks.push(url); return [true]; },
};
window.addEventListener('message', (event) => {
  const message = event.data;
  if (!message || typeof message.func !== 'string') return;
  window.hostCalls.push(message.func);
  const answer = answers[message.func];
  if (answer) event.source.postMessage({ id: message.id, uuidAsString: message.uuidAsString, args: answer(...(message.args || [])) }, event.origin);
});
</script></body></html>`;
}
