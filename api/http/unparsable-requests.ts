import { STATUS_CODES, type Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { DomainError } from '../domain/errors/domain-error.js';
import { errorBody } from './errors.js';

const headersTooLarge = new DomainError('headers_too_large', {
  sv: 'Adressen eller rubrikerna är för långa (högst 16 kB tillsammans).',
  en: 'The address or the headers are too long (at most 16 kB together).',
});
const unreadableRequest = new DomainError('unreadable_request', {
  sv: 'Anropet kunde inte läsas som HTTP.',
  en: 'The request could not be read as HTTP.',
});

/**
 * Node answers a request it cannot parse (headers past its 16 kB limit, a broken request line) before Express
 * sees it, with an empty body. This answers with the product's error body instead. Node's documentation of
 * the `clientError` event: write a response only while the socket is writable, and end it
 * (nodejs.org/api/http.html#event-clienterror).
 */
export function answerUnparsableRequests(server: Server): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const refusal = error.code === 'HPE_HEADER_OVERFLOW' ? headersTooLarge : unreadableRequest;
    const body = JSON.stringify(errorBody(refusal));
    socket.end(
      [
        `HTTP/1.1 ${refusal.status} ${STATUS_CODES[refusal.status]}`,
        'Content-Type: application/json; charset=utf-8',
        `Content-Length: ${Buffer.byteLength(body)}`,
        'X-Content-Type-Options: nosniff',
        'Connection: close',
        '',
        body,
      ].join('\r\n'),
    );
  });
}
