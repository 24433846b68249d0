import { GraphUnavailableError } from './graph-errors.js';
import type { GraphHttp, GraphRequest, GraphResponse } from './graph-http.js';
import { batchResponseSchema } from './graph-schemas.js';
import { mayReplay, retryableStatuses, retryDelayMs } from './retry-policy.js';

/** Graph takes at most 20 requests in one JSON batch (https://learn.microsoft.com/graph/json-batching). */
export const maxRequestsPerBatch = 20;

/**
 * Sends requests through POST /$batch, 20 at a time, and answers each one's response in the order given.
 * Requests inside a batch are throttled one by one: those answered 429 or 503 (or 504 when safe to replay)
 * are sent again in a smaller batch after the longest Retry-After, within the same budget as single requests.
 * When `stopAfterFailure` is set, later chunks are not sent once a request failed; their answers are undefined.
 */
export async function sendBatch(
  http: GraphHttp,
  requests: GraphRequest[],
  options: { stopAfterFailure?: boolean } = {},
): Promise<(GraphResponse | undefined)[]> {
  const answers: (GraphResponse | undefined)[] = new Array(requests.length).fill(undefined);
  for (let start = 0; start < requests.length; start += maxRequestsPerBatch) {
    const indexes = requests.slice(start, start + maxRequestsPerBatch).map((_, offset) => start + offset);
    await sendChunk(http, requests, indexes, answers);
    if (options.stopAfterFailure && indexes.some((index) => answers[index]!.status >= 400)) break;
  }
  return answers;
}

async function sendChunk(
  http: GraphHttp,
  requests: GraphRequest[],
  indexes: number[],
  answers: (GraphResponse | undefined)[],
): Promise<void> {
  let pending = indexes;
  let waited = 0;
  for (let attempt = 1; ; attempt += 1) {
    const body = {
      requests: pending.map((index) => {
        const request = requests[index]!;
        const headers = {
          ...request.headers,
          ...(request.json === undefined ? {} : { 'Content-Type': 'application/json' }),
        };
        return {
          id: String(index),
          method: request.method,
          url: request.path,
          ...(Object.keys(headers).length > 0 ? { headers } : {}),
          ...(request.json === undefined ? {} : { body: request.json }),
        };
      }),
    };
    const parsed = batchResponseSchema.parse(await http.json({ method: 'POST', path: '/$batch', json: body }));
    const byId = new Map(parsed.responses.map((response) => [response.id, response]));
    const again: number[] = [];
    let delay = 0;
    for (const index of pending) {
      const response = byId.get(String(index));
      if (!response) throw new Error(`Graph's $batch answer lacks request ${index}`);
      const headers = new Headers(response.headers ?? {});
      answers[index] = { status: response.status, headers, body: response.body };
      if (retryableStatuses.has(response.status) && mayReplay(requests[index]!, response.status)) {
        again.push(index);
        delay = Math.max(delay, retryDelayMs(headers.get('retry-after'), attempt, http.policy));
      }
    }
    if (again.length === 0) return;
    if (attempt >= http.policy.maxAttempts || waited + delay > http.policy.maxTotalWaitMs) {
      throw new GraphUnavailableError(
        `$batch of ${again.length} request(s)`,
        attempt,
        waited,
        answers[again[0]!]!.status,
      );
    }
    await http.wait(delay);
    waited += delay;
    pending = again;
  }
}
