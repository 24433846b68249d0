import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ConnectorCall {
  method: string;
  path: string;
  authorization: string | undefined;
  body: Record<string, unknown>;
}

export interface LocalConnector {
  /** The serviceUrl to put in activities, with Teams' trailing slash. */
  serviceUrl: string;
  calls: ConnectorCall[];
  /** Resolves once at least `count` activities have arrived. */
  received(count: number): Promise<ConnectorCall[]>;
  close(): Promise<void>;
}

/**
 * A stand-in for the Bot Connector service Teams runs at serviceUrl: it takes what the bot sends to
 * /v3/conversations/{id}/activities[/{replyToId}] and keeps it for the test to look at.
 */
export async function startLocalConnector(): Promise<LocalConnector> {
  const calls: ConnectorCall[] = [];
  const waiters: (() => void)[] = [];
  const server: Server = createServer((req, res) => {
    let raw = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (raw += chunk));
    req.on('end', () => {
      calls.push({
        method: req.method ?? '',
        path: req.url ?? '',
        authorization: req.headers.authorization,
        body: raw ? (JSON.parse(raw) as Record<string, unknown>) : {},
      });
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: `sent-${calls.length}` }));
      for (const wake of waiters.splice(0)) wake();
    });
  });
  server.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    serviceUrl: `http://127.0.0.1:${port}/`,
    calls,
    received: async (count) => {
      const deadline = Date.now() + 5000;
      while (calls.length < count) {
        if (Date.now() > deadline)
          throw new Error(
            `Expected ${count} activities at the connector, got ${calls.length}: ${JSON.stringify(calls)}`,
          );
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 100);
        });
      }
      return calls;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
