import { randomUUID } from 'node:crypto';

/** One request as the simulator's router sees it, whether it came over HTTP or inside a $batch. */
export interface SimRequest {
  method: string;
  /** Path below the version root ("/sites/…") with its query string. */
  url: URL;
  /** Header names in lower case. */
  headers: Record<string, string>;
  body: Buffer;
  inBatch: boolean;
}

export interface SimResponse {
  status: number;
  headers: Record<string, string>;
  /** JSON bodies are objects; file content is a Buffer; 204 and 302 have none. */
  body?: unknown;
  /** The fault "timeout": the server never answers. */
  hang?: boolean;
}

export function json(status: number, body: unknown, headers: Record<string, string> = {}): SimResponse {
  return {
    status,
    headers: { 'content-type': 'application/json;odata.metadata=minimal;charset=utf-8', ...headers },
    body,
  };
}

/** Graph's error envelope: {error: {code, message, innerError: {date, request-id, client-request-id}}}. */
export function graphError(
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {},
  innerCode?: string,
): SimResponse {
  const requestId = randomUUID();
  return json(
    status,
    {
      error: {
        code,
        message,
        innerError: {
          ...(innerCode ? { code: innerCode } : {}),
          date: new Date().toISOString().slice(0, 19),
          'request-id': requestId,
          'client-request-id': requestId,
        },
      },
    },
    headers,
  );
}

/** Thrown inside a handler to answer with Graph's error envelope. */
export class SimError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly innerCode?: string,
  ) {
    super(message);
  }

  toResponse(): SimResponse {
    return graphError(this.status, this.code, this.message, {}, this.innerCode);
  }
}

export const notFound = (what = 'The resource could not be found.') => new SimError(404, 'itemNotFound', what);
export const badRequest = (message: string, innerCode?: string) =>
  new SimError(400, 'invalidRequest', message, innerCode);

export function jsonBody(request: SimRequest): Record<string, unknown> {
  if (request.body.length === 0) throw badRequest('A request body is required.');
  try {
    const parsed: unknown = JSON.parse(request.body.toString('utf8'));
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
  } catch {
    // answered below
  }
  throw badRequest(
    'Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.',
  );
}
