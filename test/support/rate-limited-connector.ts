import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A loopback stand-in for the Bot Connector that enforces Teams' documented limits itself (50 requests per
 * second per app; 7 per second per conversation) and answers 429 with Retry-After when they are broken.
 */
export async function startRateLimitedConnector(): Promise<{
  url: string;
  received: () => number;
  throttled: () => number;
  close: () => Promise<void>;
}> {
  const appTimes: number[] = [];
  const conversationTimes = new Map<string, number[]>();
  let received = 0;
  let throttled = 0;
  const server: Server = createServer((req, res) => {
    const match = /^\/v3\/conversations\/([^/]+)\/activities$/.exec(req.url ?? '');
    req.resume();
    if (req.method !== 'POST' || !match) {
      res.writeHead(404).end();
      return;
    }
    const now = Date.now();
    const conversation = decodeURIComponent(match[1]!);
    const recentApp = appTimes.filter((t) => t > now - 1000);
    const recentConversation = (conversationTimes.get(conversation) ?? []).filter((t) => t > now - 1000);
    if (recentApp.length >= 50 || recentConversation.length >= 7) {
      throttled += 1;
      res
        .writeHead(429, { 'Retry-After': '1', 'Content-Type': 'application/json' })
        .end(JSON.stringify({ error: { code: 'TooManyRequests' } }));
      return;
    }
    appTimes.splice(0, appTimes.length, ...recentApp, now);
    conversationTimes.set(conversation, [...recentConversation, now]);
    received += 1;
    res.writeHead(201, { 'Content-Type': 'application/json' }).end(JSON.stringify({ id: `activity-${received}` }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received: () => received,
    throttled: () => throttled,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
