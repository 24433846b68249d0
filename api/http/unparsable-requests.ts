import type { Server } from 'node:http';
import type { Duplex } from 'node:stream';
import type { ErrorBody } from './errors.js';

const headersTooLarge: ErrorBody = {
  error: 'headers_too_large',
  message: 'Adressen eller rubrikerna är för långa (högst 16 kB tillsammans).',
  messageEn: 'The address or the headers are too long (at most 16 kB together).',
};
const unreadableRequest: ErrorBody = {
  error: 'unreadable_request',
  message: 'Anropet kunde inte läsas som HTTP.',
  messageEn: 'The request could not be read as HTTP.',
};

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
    const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
    const body = JSON.stringify(tooLarge ? headersTooLarge : unreadableRequest);
    socket.end(
      [
        tooLarge ? 'HTTP/1.1 431 Request Header Fields Too Large' : 'HTTP/1.1 400 Bad Request',
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
