import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TokenError } from './app-token.js';
import { GraphHttp } from './graph-http.js';

describe('Graph over the SDK client and our middleware', () => {
  let received: { url?: string; type?: string; authorization?: string; body: Buffer }[];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({
        url: request.url,
        type: request.headers['content-type'],
        authorization: request.headers.authorization,
        body: Buffer.concat(chunks),
      });
      response.writeHead(204).end();
    });
  });
  const origin = () => `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  beforeEach(async () => {
    received = [];
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });
  afterEach(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('hands the caller the token error itself, not the SDK wrapping of it, and sends nothing', async () => {
    const refused = new TokenError("Entra ID refused the app's token request");
    const http = new GraphHttp({
      baseUrl: `${origin()}/v1.0`,
      tokens: { getToken: () => Promise.reject(refused) },
      sleep: async () => undefined,
    });
    await expect(http.send({ method: 'GET', path: '/sites/root' })).rejects.toBe(refused);
    expect(received).toEqual([]);
  });

  it('sends the bytes of a view, not its whole buffer, labelled as bytes, to an absolute http URL as given and without the token', async () => {
    const http = new GraphHttp({ baseUrl: `${origin()}/v1.0`, tokens: { getToken: async () => 't' } });
    const whole = new Uint8Array([1, 2, 3, 4, 5, 6]);
    const sent = await http.send({
      method: 'PUT',
      path: `${origin()}/upload/1?part=2`,
      anonymous: true,
      bytes: whole.subarray(2, 4),
    });
    expect(sent.status).toBe(204);
    expect(received).toEqual([
      {
        url: '/upload/1?part=2',
        type: 'application/octet-stream',
        authorization: undefined,
        body: Buffer.from([3, 4]),
      },
    ]);
  });
});
