import { Client, HTTPMessageHandler, ResponseType } from '@microsoft/microsoft-graph-client';
import { packageVersion } from '../../version.js';
import { BearerTokenHandler } from './bearer-token-handler.js';
import { GraphCall, GraphCallHandler } from './graph-call.js';
import { graphErrorOf } from './graph-errors.js';
import { RetryPolicyHandler } from './retry-handler.js';
import { ResourceUnitHandler } from './resource-unit-handler.js';
import { ResourceUnitMeter } from './resource-units.js';
import { defaultRetryPolicy, realSleep, type RetryPolicy, type Sleep } from './retry-policy.js';

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
  /** Names the app's traffic; Microsoft asks ISVs to decorate it (ISV|company|app/version) to help with throttling. */
  userAgent?: string;
  tokens: TokenProvider;
  policy?: Partial<RetryPolicy>;
  sleep?: Sleep;
  onRetry?: (event: RetryEvent) => void;
  /** Where the resource units of the app's requests are counted (a meter of its own when absent). */
  meter?: ResourceUnitMeter;
}

/**
 * The one place the adapter talks HTTP to Graph, through the Graph SDK's client and a middleware chain of our
 * own: the request as the adapter made it (graph-call.ts), retries 429/503/504 honouring Retry-After within a
 * capped budget and times out hung requests (retry-handler.ts), the bearer token (bearer-token-handler.ts),
 * then the SDK's HTTPMessageHandler, which sends it. Every other answer comes back raw.
 */
export class GraphHttp {
  readonly baseUrl: string;
  readonly policy: RetryPolicy;
  private readonly sleep: Sleep;
  private readonly client: Client;
  private readonly userAgent: string;
  readonly meter: ResourceUnitMeter;

  constructor(options: GraphHttpOptions) {
    this.baseUrl = options.baseUrl.replace(/\/$/, '');
    // https://learn.microsoft.com/sharepoint/dev/general-development/how-to-avoid-getting-throttled-or-blocked-in-sharepoint-online#how-to-decorate-your-http-traffic
    this.userAgent = options.userAgent ?? `ISV|Trygghetshjulet|Trygghetshjulet/${packageVersion}`;
    this.policy = { ...defaultRetryPolicy, ...options.policy };
    this.sleep = options.sleep ?? realSleep;
    this.meter = options.meter ?? new ResourceUnitMeter();
    this.client = Client.initWithMiddleware({
      // GRAPH_BASE_URL already ends in the version ("…/v1.0").
      baseUrl: this.baseUrl,
      defaultVersion: '',
      middleware: [
        new GraphCallHandler(),
        new RetryPolicyHandler(this.policy, this.sleep, options.onRetry),
        new ResourceUnitHandler(this.meter),
        new BearerTokenHandler(options.tokens),
        new HTTPMessageHandler(),
      ],
    });
  }

  /** Sends with retries; answers any final status, so callers decide what 404 or 412 mean to them. */
  async send(request: GraphRequest): Promise<GraphResponse> {
    const call = new GraphCall(request, describe(request));
    let response: Response;
    try {
      response = await this.dispatch(call);
    } catch (error) {
      throw call.failure ?? error;
    }
    const type = response.headers.get('content-type') ?? '';
    if (type.includes('json') && !(request.expectBytes && response.ok)) {
      const text = await response.text();
      return {
        status: response.status,
        headers: response.headers,
        body: text === '' ? undefined : (JSON.parse(text) as unknown),
      };
    }
    return {
      status: response.status,
      headers: response.headers,
      body: undefined,
      bytes: new Uint8Array(await response.arrayBuffer()),
    };
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

  /** The request through the SDK's verb for its method; the SDK serialises a JSON body and labels it application/json. */
  private dispatch(call: GraphCall): Promise<Response> {
    const { request } = call;
    const sdk = this.client
      .api(request.path)
      .headers({ Accept: 'application/json', 'User-Agent': this.userAgent, ...request.headers })
      .middlewareOptions([call])
      .responseType(ResponseType.RAW);
    if (request.bytes !== undefined && !new Headers(request.headers).has('Content-Type')) {
      // Unlabelled bytes (upload fragments) would otherwise go out labelled as JSON.
      sdk.header('Content-Type', 'application/octet-stream');
    }
    // A Buffer is sent as it is; of a Uint8Array the SDK would send the whole underlying buffer, not just the view.
    const body =
      request.bytes === undefined
        ? request.json
        : Buffer.from(request.bytes.buffer, request.bytes.byteOffset, request.bytes.byteLength);
    const answer: Promise<unknown> = {
      GET: () => sdk.get(),
      DELETE: () => sdk.delete(),
      POST: () => sdk.post(body),
      PUT: () => sdk.put(body),
      PATCH: () => sdk.patch(body),
    }[request.method]();
    // With ResponseType.RAW the SDK answers fetch's Response as it came.
    return answer as Promise<Response>;
  }
}

/** What logs and errors may say about a request: never a query, never a pre-authenticated (upload) URL. */
function describe(request: GraphRequest): string {
  if (request.anonymous) return `${request.method} ${new URL(request.path).host} (pre-authenticated URL)`;
  return `${request.method} ${request.path.split('?')[0]}`;
}
