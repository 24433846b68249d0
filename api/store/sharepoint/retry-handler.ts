import type { Context, Middleware } from '@microsoft/microsoft-graph-client';
import { callOf } from './graph-call.js';
import { GraphUnavailableError } from './graph-errors.js';
import type { RetryEvent } from './graph-http.js';
import { mayReplay, retryableStatuses, retryDelayMs, type RetryPolicy, type Sleep } from './retry-policy.js';

type Outcome = number | 'timeout' | 'network';

/**
 * Our retry policy as SDK middleware (the SDK's own RetryHandler would replay a create after a 504 and has no
 * overall budget): retries 429/503/504 honouring Retry-After within a capped budget, times out hung attempts,
 * and leaves every other answer in the context for the caller to judge.
 */
export class RetryPolicyHandler implements Middleware {
  private next?: Middleware;

  constructor(
    private readonly policy: RetryPolicy,
    private readonly sleep: Sleep,
    private readonly onRetry?: (event: RetryEvent) => void,
  ) {}

  async execute(context: Context): Promise<void> {
    const { request, label } = callOf(context);
    let waited = 0;
    for (let attempt = 1; ; attempt += 1) {
      const outcome = await this.attempt(context);
      if (typeof outcome === 'number' && !retryableStatuses.has(outcome)) return;
      if (request.once || !mayReplay(request, outcome)) {
        if (typeof outcome !== 'number') throw new GraphUnavailableError(label, attempt, waited, outcome);
        return;
      }
      const delay = retryDelayMs(
        typeof outcome === 'number' ? context.response?.headers.get('retry-after') : undefined,
        attempt,
        this.policy,
      );
      if (attempt >= this.policy.maxAttempts || waited + delay > this.policy.maxTotalWaitMs) {
        throw new GraphUnavailableError(label, attempt, waited, outcome);
      }
      this.onRetry?.({ request: label, status: outcome, attempt, delayMs: delay });
      await this.sleep(delay);
      waited += delay;
    }
  }

  setNext(next: Middleware): void {
    this.next = next;
  }

  /** One attempt within the time limit: the status Graph answered, or why no answer came. */
  private async attempt(context: Context): Promise<Outcome> {
    context.options = { ...context.options, signal: AbortSignal.timeout(this.policy.requestTimeoutMs) };
    context.response = undefined;
    try {
      await this.next!.execute(context);
      // The attempt ends when the whole answer has arrived: a body that stalls is a timeout too.
      await context.response!.clone().arrayBuffer();
      return context.response!.status;
    } catch (error) {
      if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) return 'timeout';
      if (error instanceof TypeError) return 'network';
      throw error;
    }
  }
}
