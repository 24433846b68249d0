import { z } from 'zod';
import { StoreError } from '../errors.js';

/** Graph's error envelope (https://learn.microsoft.com/graph/errors): {error: {code, message, innerError}}. */
const errorEnvelopeSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    innerError: z.looseObject({ code: z.string().optional(), 'request-id': z.string().optional() }).optional(),
  }),
});

/** A request Graph answered with an error status that the adapter does not turn into a port error. */
export class GraphError extends StoreError {
  constructor(
    readonly status: number,
    /** Graph's own code (with its inner code), not the catalogue's. */
    readonly graphCode: string,
    readonly graphMessage: string,
    readonly request: string,
    readonly requestId?: string,
  ) {
    super(`Microsoft Graph answered ${status} ${graphCode} to ${request}: ${graphMessage}`);
  }
}

/** Graph kept throttling or being unavailable beyond the retry budget. */
export class GraphUnavailableError extends StoreError {
  constructor(
    readonly request: string,
    readonly attempts: number,
    readonly waitedMs: number,
    readonly lastStatus: number | 'timeout' | 'network',
  ) {
    super(
      `Microsoft Graph did not answer ${request} successfully after ${attempts} attempt(s) and ${Math.round(waitedMs / 100) / 10} s of waiting ` +
        `(last: ${lastStatus}); giving up so the caller can report it instead of hanging`,
    );
  }
}

export function graphErrorOf(status: number, body: unknown, request: string): GraphError {
  const parsed = errorEnvelopeSchema.safeParse(body);
  if (!parsed.success)
    return new GraphError(
      status,
      'unknown',
      typeof body === 'string' ? body.slice(0, 200) : 'no error envelope',
      request,
    );
  const { code, message, innerError } = parsed.data.error;
  return new GraphError(
    status,
    innerError?.code ? `${code}/${innerError.code}` : code,
    message,
    request,
    innerError?.['request-id'],
  );
}
