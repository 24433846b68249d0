import { graphError, type SimRequest, type SimResponse } from './sim-http.js';

export interface FaultRule {
  /** Only requests with this method (any when absent). */
  method?: string;
  /** Only requests whose path (below /v1.0, with query) contains this text or matches this pattern. */
  path?: string | RegExp;
  /** 'top' (default: a request of its own or a whole $batch), 'inner' (a request inside a $batch), or 'any'. */
  scope?: 'top' | 'inner' | 'any';
  fault: 'throttle' | 'unavailable' | 'gatewayTimeout' | 'timeout' | 'forbidden';
  /** Seconds for the Retry-After header (throttle and unavailable); absent means no header. */
  retryAfterSeconds?: number;
  /** How many matching requests fail; then the rule is spent. */
  times: number;
}

/** Faults on demand: throttling (429), unavailability (503), gateway timeouts (504), refusals (403) and requests never answered. */
export class FaultInjector {
  private readonly rules: FaultRule[] = [];
  private readonly injected: { fault: FaultRule['fault']; method: string; path: string }[] = [];

  add(rule: FaultRule): void {
    this.rules.push({ ...rule });
  }

  clear(): void {
    this.rules.length = 0;
  }

  /** Faults that were actually served, in order. */
  served(): readonly { fault: FaultRule['fault']; method: string; path: string }[] {
    return this.injected;
  }

  take(request: SimRequest): SimResponse | undefined {
    const path = `${request.url.pathname}${request.url.search}`;
    const rule = this.rules.find((candidate) => candidate.times > 0 && applies(candidate, request, path));
    if (!rule) return undefined;
    rule.times -= 1;
    this.injected.push({ fault: rule.fault, method: request.method, path });
    const retryAfter: Record<string, string> =
      rule.retryAfterSeconds === undefined ? {} : { 'retry-after': String(rule.retryAfterSeconds) };
    switch (rule.fault) {
      case 'throttle':
        return graphError(
          429,
          'activityLimitReached',
          'The request has been throttled',
          retryAfter,
          'throttledRequest',
        );
      case 'unavailable':
        return graphError(
          503,
          'serviceNotAvailable',
          'The service is temporarily unavailable. Try again after a delay.',
          retryAfter,
        );
      case 'forbidden':
        return graphError(
          403,
          'accessDenied',
          'Access denied. You do not have permission to perform this action or access this resource.',
        );
      case 'gatewayTimeout':
        return graphError(504, 'UnknownError', 'Gateway timeout');
      case 'timeout':
        // Inside a batch a request cannot hang alone; Graph answers it 504.
        return request.inBatch
          ? graphError(504, 'UnknownError', 'Gateway timeout')
          : { status: 0, headers: {}, hang: true };
    }
  }
}

function applies(rule: FaultRule, request: SimRequest, path: string): boolean {
  const scope = rule.scope ?? 'top';
  if (scope === 'top' && request.inBatch) return false;
  if (scope === 'inner' && !request.inBatch) return false;
  if (rule.method && rule.method !== request.method) return false;
  if (rule.path === undefined) return true;
  return typeof rule.path === 'string' ? path.includes(rule.path) : rule.path.test(path);
}
