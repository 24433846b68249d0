import request from 'supertest';
import { afterAll, beforeAll } from 'vitest';
import { as, personas } from './personas.js';
import { startTestServer, type TestServer } from './test-server.js';

/** A test file's whole service on a fixed date, started before its tests and closed after; requests to it. */
export function apiOnDate(now: string) {
  let server: TestServer | undefined;
  beforeAll(async () => {
    server = await startTestServer({ now });
  });
  afterAll(() => server?.close());
  return {
    get server(): TestServer {
      return server!;
    },
    api: () => request(server!.url),
    /** The demo säkerhetschef's sign-in header. */
    chief: as(personas.securityChief),
  };
}
