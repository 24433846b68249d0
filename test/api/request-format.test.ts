import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personas } from '../support/personas.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

/** A raw POST, so that headers and bytes go out exactly as given. */
function post(
  headers: Record<string, string>,
  body: Buffer,
): Promise<{ status: number; body: { error: string; message: string; messageEn: string } }> {
  return new Promise((resolve, reject) => {
    const url = new URL('/api/departments', server.url);
    const req = httpRequest(
      url,
      {
        method: 'POST',
        headers: { 'X-Dev-Persona': personas.securityChief, 'Content-Length': String(body.length), ...headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode!, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const json = Buffer.from(JSON.stringify({ name: 'Ny förvaltning' }));

/** Bytes sent as they are, for requests no HTTP client would send; answers what came back. */
function raw(bytes: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const url = new URL(server.url);
    const socket = connect(Number(url.port), url.hostname, () => socket.end(bytes));
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('close', () => resolve(Buffer.concat(chunks).toString('utf8')));
    socket.on('error', reject);
  });
}

const bodyOf = (response: string) => JSON.parse(response.slice(response.indexOf('\r\n\r\n') + 4));

describe('request formats the API cannot read', () => {
  it('answers an unsupported charset, encoding or content type with 415 and the product’s error body', async () => {
    for (const headers of <Record<string, string>[]>[
      { 'Content-Type': 'application/json; charset=latin1' },
      { 'Content-Type': 'application/json', 'Content-Encoding': 'compress' },
      { 'Content-Type': 'application/json', 'Content-Encoding': 'identity, gzip' },
      { 'Content-Type': 'text/plain' },
      { 'Content-Type': 'application/x-www-form-urlencoded' },
    ]) {
      const response = await post(headers, json);
      expect(response.status, JSON.stringify(headers)).toBe(415);
      expect(response.body.error).toBe('unsupported_media_type');
      expect(response.body.message).toMatch(/Skicka/);
      expect(response.body.messageEn).toMatch(/Send/);
    }
  });

  it('answers a body whose compression does not match Content-Encoding with 400', async () => {
    for (const encoding of ['gzip', 'br', 'deflate']) {
      const response = await post({ 'Content-Type': 'application/json', 'Content-Encoding': encoding }, json);
      expect(response.status, encoding).toBe(400);
      expect(response.body.error, encoding).toBe('unreadable_body');
    }
  });

  it('answers a body nested deeper than any request with 400, not a crash, and goes on answering', async () => {
    for (const body of [
      `${'['.repeat(20_000)}${']'.repeat(20_000)}`,
      `${'{"name":'.repeat(5_000)}"Djup"${'}'.repeat(5_000)}`,
    ]) {
      const response = await post({ 'Content-Type': 'application/json' }, Buffer.from(body));
      expect(response.status).toBe(400);
      expect(response.body.error).toBe('validation');
      expect(response.body.message).toMatch(/nästlat i fler än 32 nivåer/);
      expect(response.body.messageEn).toMatch(/nested more than 32 levels/);
    }
    const after = Buffer.from(JSON.stringify({ name: 'Efter djupet' }));
    expect((await post({ 'Content-Type': 'application/json' }, after)).status).toBe(201);
  });

  it('still reads JSON sent with gzip, and nothing half-written was stored by the refusals', async () => {
    const response = await post(
      { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' },
      gzipSync(Buffer.from(JSON.stringify({ name: 'Gzip-förvaltningen' }))),
    );
    expect(response.status).toBe(201);
    const departments = await server.ctx.organisation.listDepartments();
    expect(departments.filter((d) => d.name === 'Ny förvaltning')).toHaveLength(0);
  });

  it('answers an address or headers past Node’s limit, and a request that is not HTTP, with the product’s body', async () => {
    const long = await raw(`GET /api/situation/entries?${'q'.repeat(20_000)}=1 HTTP/1.1\r\nHost: x\r\n\r\n`);
    expect(long).toMatch(/^HTTP\/1\.1 431 /);
    expect(bodyOf(long)).toMatchObject({ error: 'headers_too_large', message: expect.stringContaining('16 kB') });
    const header = await raw(`GET /api/health HTTP/1.1\r\nHost: x\r\nX-Lang: ${'h'.repeat(20_000)}\r\n\r\n`);
    expect(bodyOf(header).error).toBe('headers_too_large');
    const broken = await raw('HÄMTA / INTE-HTTP\r\n\r\n');
    expect(broken).toMatch(/^HTTP\/1\.1 400 /);
    expect(bodyOf(broken)).toMatchObject({ error: 'unreadable_request', messageEn: expect.any(String) });
    const after = Buffer.from(JSON.stringify({ name: 'Efter de råa anropen' }));
    expect((await post({ 'Content-Type': 'application/json' }, after)).status).toBe(201);
  });
});
