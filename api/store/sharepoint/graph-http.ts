import { GraphUnavailableError, graphErrorOf } from './graph-errors.js';
import { defaultRetryPolicy, mayReplay, realSleep, retryableStatuses, retryDelayMs, type RetryPolicy, type Sleep } from './retry-policy.js';

/** An app-only access token for Graph (scope https://graph.microsoft.com/.default). */
export interface TokenProvider {
  getToken(): Promise<string>;
}

export type GraphMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export interface GraphRequest {
  method: GraphMethod;
  /** A path below the version root ("/sites/…"), or an absolute URL Graph gave us (upload URL). */
  path: string;
  headers?: Record<string, string>;
  json?: unknown;
  bytes?: Uint8Array;
  /** Pre-authenticated URLs (upload sessions) must not get the token. */
  anonymous?: boolean;
  /** File content: answer the bytes whatever their content type. */
  expectBytes?: boolean;
  /** Answer the first outcome as it is (health checks must not wait out throttling). */
  once?: boolean;
}

export interface GraphResponse {
  status: number;
  headers: Headers;
  /** Parsed JSON when Graph answered JSON, else undefined. */
  body: unknown;
  /** Raw bytes when Graph answered anything else (file content). */
  bytes?: Uint8Array;
}

export interface RetryEvent {
  request: string;
  status: number | 'timeout' | 'network';
  attempt: number;
  delayMs: number;
}

export interface GraphHttpOptions {
  baseUrl: string;
  tokens: TokenProvider;
  policy?: Partial<RetryPolicy>;
  sleep?: Sleep;
  fetch?: typeof fetch;
  onRetry?: (event: RetryEvent) => void;
}

/**
 * The one place the adapter talks HTTP to Graph: adds the bearer token, retries 429/503/504 honouring
 * Retry-After within a capped budget, times out hung requests, and hands back every other answer.
 */
export class GraphHttp {
  readonly baseUrl: string;
  readonly policy: RetryPolicy;
  private readonly sleep: Sleep;
  private readonly fetch: typeof fetch;

  constructor(private readonly options: GraphHttpOptions) {
    this.baseUrl = options.baseUrl.replace(/\/$/, '');
    this.policy = { ...defaultRetryPolicy, ...options.policy };
    this.sleep = options.sleep ?? realSleep;
    this.fetch = options.fetch ?? fetch;
  }

  /** Sends with retries; answers any final status, so callers decide what 404 or 412 mean to them. */
  async send(request: GraphRequest): Promise<GraphResponse> {
    const label = describe(request);
    let waited = 0;
    for (let attempt = 1; ; attempt += 1) {
      const outcome = await this.attempt(request);
      const status = outcome instanceof Error ? (outcome.name === 'TimeoutError' ? 'timeout' : 'network') : outcome.status;
      if (!(outcome instanceof Error) && !retryableStatuses.has(outcome.status)) return outcome;
      if (request.once || !mayReplay(request, status)) {
        if (outcome instanceof Error) throw new GraphUnavailableError(label, attempt, waited, status);
        return outcome;
      }
      const delay = retryDelayMs(outcome instanceof Error ? undefined : outcome.headers.get('retry-after'), attempt, this.policy);
      if (attempt >= this.policy.maxAttempts || waited + delay > this.policy.maxTotalWaitMs) {
        throw new GraphUnavailableError(label, attempt, waited, status);
      }
      this.options.onRetry?.({ request: label, status, attempt, delayMs: delay });
      await this.sleep(delay);
      waited += delay;
    }
  }

  /** Sends and answers the JSON body of a 2xx, or throws a GraphError with Graph's own code and message. */
  async json(request: GraphRequest): Promise<unknown> {
    const response = await this.send(request);
    if (response.status >= 400) throw this.failure(request, response);
    return response.body;
  }

  failure(request: GraphRequest, response: GraphResponse): Error {
    return graphErrorOf(response.status, response.body, describe(request));
  }

  /** Waits as the retry policy waits (tests inject a sleep that only records). */
  wait(ms: number): Promise<void> {
    return this.sleep(ms);
  }

  private async attempt(request: GraphRequest): Promise<GraphResponse | Error> {
    const url = /^https?:\/\//.test(request.path) ? request.path : `${this.baseUrl}${request.path}`;
    const headers: Record<string, string> = { Accept: 'application/json', ...request.headers };
    if (!request.anonymous) headers.Authorization = `Bearer ${await this.options.tokens.getToken()}`;
    let body: RequestInit['body'];
    if (request.json !== undefined) {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(request.json);
    } else if (request.bytes !== undefined) {
      body = request.bytes as unknown as RequestInit['body'];
    }
    try {
      const response = await this.fetch(url, { method: request.method, headers, body, signal: AbortSignal.timeout(this.policy.requestTimeoutMs) });
      const type = response.headers.get('content-type') ?? '';
      if (type.includes('json') && !(request.expectBytes && response.ok)) {
        const text = await response.text();
        return { status: response.status, headers: response.headers, body: text === '' ? undefined : (JSON.parse(text) as unknown) };
      }
      return { status: response.status, headers: response.headers, body: undefined, bytes: new Uint8Array(await response.arrayBuffer()) };
    } catch (error) {
      if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) return Object.assign(new Error('timeout'), { name: 'TimeoutError' });
      if (error instanceof TypeError) return Object.assign(new Error(error.message), { name: 'NetworkError' });
      throw error;
    }
  }
}

/** What logs and errors may say about a request: never a query, never a pre-authenticated (upload) URL. */
function describe(request: GraphRequest): string {
  if (request.anonymous) return `${request.method} ${new URL(request.path).host} (pre-authenticated URL)`;
  return `${request.method} ${request.path.split('?')[0]}`;
}
