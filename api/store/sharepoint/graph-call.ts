import type { Context, Middleware, MiddlewareOptions } from '@microsoft/microsoft-graph-client';
import type { GraphRequest } from './graph-http.js';

/** The adapter's own request, riding along with the SDK's request so every middleware can read it. */
export class GraphCall implements MiddlewareOptions {
  /** What a middleware threw, kept because the SDK hands callers its own GraphError instead. */
  failure?: unknown;

  constructor(
    readonly request: GraphRequest,
    /** How logs and errors may name the request (see describe in graph-http.ts). */
    readonly label: string,
  ) {}
}

export function callOf(context: Context): GraphCall {
  const call = context.middlewareControl?.getMiddlewareOptions(GraphCall);
  if (!(call instanceof GraphCall)) throw new Error('A Graph request reached the middleware without its GraphCall');
  return call;
}

const isAbsoluteUrl = (path: string) => /^https?:\/\//.test(path);

/**
 * First in the chain: keeps the request as the adapter made it. The SDK takes an absolute URL as such only
 * when it is https (and then splits it into host and version again), so Graph's own URLs (next pages, upload
 * sessions) are sent exactly as given; and what the middleware throws is kept for GraphHttp to rethrow.
 */
export class GraphCallHandler implements Middleware {
  private next?: Middleware;

  async execute(context: Context): Promise<void> {
    const call = callOf(context);
    if (isAbsoluteUrl(call.request.path)) context.request = call.request.path;
    try {
      await this.next!.execute(context);
    } catch (error) {
      call.failure = error;
      throw error;
    }
  }

  setNext(next: Middleware): void {
    this.next = next;
  }
}
