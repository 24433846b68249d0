import type { Context, Middleware } from '@microsoft/microsoft-graph-client';
import { callOf } from './graph-call.js';
import type { TokenProvider } from './graph-http.js';

/**
 * Adds the app-only bearer token to every attempt (after the retry handler, so a token renewed during a long
 * Retry-After is the one sent), except to pre-authenticated URLs such as upload sessions, which refuse it.
 */
export class BearerTokenHandler implements Middleware {
  private next?: Middleware;

  constructor(private readonly tokens: TokenProvider) {}

  async execute(context: Context): Promise<void> {
    if (!callOf(context).request.anonymous) {
      const headers = new Headers(context.options?.headers);
      headers.set('Authorization', `Bearer ${await this.tokens.getToken()}`);
      context.options = { ...context.options, headers };
    }
    await this.next!.execute(context);
  }

  setNext(next: Middleware): void {
    this.next = next;
  }
}
