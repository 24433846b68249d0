import { badRequest, jsonBody, SimError, type SimRequest, type SimResponse } from './sim-http.js';

export const maxBatchRequests = 20;

interface BatchRequest {
  id: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: unknown;
  dependsOn?: string[];
}

/**
 * POST /$batch as the JSON batching docs describe it: at most 20 requests, unique ids (case-insensitive),
 * a Content-Type header whenever a body is given, dependsOn with 424 for dependants of a failure,
 * and responses that may come back in another order than asked (here: reversed, so callers must use ids).
 */
export async function answerBatch(
  request: SimRequest,
  dispatch: (inner: SimRequest) => Promise<SimResponse>,
): Promise<SimResponse> {
  const body = jsonBody(request);
  const requests = body.requests;
  if (!Array.isArray(requests)) throw badRequest("The batch body needs a 'requests' array");
  if (requests.length > maxBatchRequests)
    throw badRequest(`The number of batch requests exceeds the limit of ${maxBatchRequests}.`);
  const parsed = requests.map(readRequest);
  const ids = new Set<string>();
  for (const inner of parsed) {
    const key = inner.id.toLowerCase();
    if (ids.has(key)) throw badRequest(`Batch request id '${inner.id}' is not unique.`);
    ids.add(key);
  }
  for (const inner of parsed) {
    for (const dependency of inner.dependsOn ?? []) {
      if (!ids.has(dependency.toLowerCase()))
        throw badRequest(`Request '${inner.id}' depends on an unknown request '${dependency}'.`);
    }
  }

  const results = new Map<string, { id: string; status: number; headers: Record<string, string>; body?: unknown }>();
  for (const inner of parsed) {
    const failedDependency = (inner.dependsOn ?? []).find((dependency) => {
      const result = results.get(dependency.toLowerCase());
      return !result || result.status >= 400;
    });
    if (failedDependency !== undefined) {
      results.set(inner.id.toLowerCase(), {
        id: inner.id,
        status: 424,
        headers: {},
        body: { error: { code: 'failedDependency', message: `Request '${failedDependency}' failed.` } },
      });
      continue;
    }
    const url = new URL(inner.url.startsWith('/') ? inner.url : `/${inner.url}`, 'http://graph.invalid');
    const headers = Object.fromEntries(
      Object.entries(inner.headers).map(([name, value]) => [name.toLowerCase(), value]),
    );
    const payload = inner.body === undefined ? Buffer.alloc(0) : Buffer.from(JSON.stringify(inner.body));
    const response = await dispatch({
      method: inner.method.toUpperCase(),
      url,
      headers: { ...headers, authorization: request.headers.authorization ?? '' },
      body: payload,
      inBatch: true,
    });
    results.set(inner.id.toLowerCase(), {
      id: inner.id,
      status: response.status,
      headers: response.headers,
      ...(response.body === undefined || Buffer.isBuffer(response.body) ? {} : { body: response.body }),
    });
  }
  return {
    status: 200,
    headers: { 'content-type': 'application/json' },
    body: { responses: [...results.values()].reverse() },
  };
}

function readRequest(raw: unknown): BatchRequest {
  const request = (raw ?? {}) as Record<string, unknown>;
  const { id, method, url, headers, body, dependsOn } = request;
  if (typeof id !== 'string' || id === '') throw badRequest("Every batch request needs a string 'id'.");
  if (typeof method !== 'string' || typeof url !== 'string')
    throw badRequest(`Batch request '${id}' needs 'method' and 'url'.`);
  if (/^https?:/i.test(url)) throw badRequest(`Batch request '${id}': the url must be relative to the version root.`);
  const headerObject = (headers ?? {}) as Record<string, string>;
  if (body !== undefined && !Object.keys(headerObject).some((name) => name.toLowerCase() === 'content-type')) {
    throw new SimError(400, 'BadRequest', `Batch request '${id}' has a body but no Content-Type header.`);
  }
  if (dependsOn !== undefined && (!Array.isArray(dependsOn) || !dependsOn.every((d) => typeof d === 'string')))
    throw badRequest(`Batch request '${id}': dependsOn is a list of ids.`);
  return { id, method, url, headers: headerObject, body, dependsOn: dependsOn as string[] | undefined };
}
