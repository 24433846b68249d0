import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Entra ID's token endpoint standing in locally: every client-credentials request gets `token`. */
export async function startAppTokenAuthority(token = 'app-token'): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((_req, res) => {
    res
      .writeHead(200, { 'Content-Type': 'application/json' })
      .end(JSON.stringify({ token_type: 'Bearer', expires_in: 3599, access_token: token }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The Microsoft 365 settings of a test tenant whose Graph is the simulator and whose authority is local. */
export function tenantEnv(simulator: { url: string; siteId: string }, authority: string): Record<string, string> {
  return {
    DEMO_DATA: 'false',
    PUBLIC_URL: 'https://trygghet.askersund.se',
    ENTRA_TENANT_ID: '11111111-2222-3333-4444-555555555555',
    ENTRA_CLIENT_ID: '66666666-7777-8888-9999-000000000000',
    ENTRA_CLIENT_SECRET: 'hemlis',
    SHAREPOINT_SITE_ID: simulator.siteId,
    GRAPH_BASE_URL: simulator.url,
    ENTRA_AUTHORITY_HOST: authority,
    // The bot's managed identity: Entra sign-in is refused beside an anonymous bot.
    BOT_CLIENT_ID: '77777777-8888-4999-8aaa-bbbbbbbbbbbb',
  };
}
