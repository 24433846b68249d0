import { z } from 'zod';
import type { TokenProvider } from '../../api/store/sharepoint/graph-http.js';
import { packageVersion } from '../../api/version.js';

/** SharePoint refused a REST call; `code` is SharePoint's own ("-2147024891, System.UnauthorizedAccessException"). */
export class SharePointRestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly sharePointMessage: string,
    readonly request: string,
  ) {
    super(`SharePoint answered ${status} to ${request}: ${sharePointMessage}`);
  }
}

const errorSchema = z.object({
  'odata.error': z.object({ code: z.string(), message: z.object({ value: z.string() }) }),
});

/**
 * SharePoint's REST API (/_api) on one site, app-only. Graph cannot stop a list inheriting the site's
 * permissions; this API can. It needs a token for the SharePoint host, which Entra issues to an app only
 * when it signs in with a certificate, not a secret
 * (https://learn.microsoft.com/sharepoint/dev/solution-guidance/security-apponly-azuread). With OAuth no
 * request digest is needed for a POST.
 */
export class SharePointRest {
  constructor(
    readonly siteUrl: string,
    private readonly tokens: TokenProvider,
    private readonly fetcher: typeof fetch = fetch,
  ) {}

  async call<T extends z.ZodType>(
    method: 'GET' | 'POST',
    path: string,
    schema: T,
    body?: unknown,
  ): Promise<z.infer<T>> {
    const request = `${method} /_api/${path}`;
    const response = await this.fetcher(`${this.siteUrl.replace(/\/$/, '')}/_api/${path}`, {
      method,
      headers: {
        Authorization: `Bearer ${await this.tokens.getToken()}`,
        Accept: 'application/json;odata=nometadata',
        'User-Agent': `ISV|Trygghetshjulet|Trygghetshjulet/${packageVersion}`,
        ...(body === undefined ? {} : { 'Content-Type': 'application/json;odata=nometadata' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    let parsed: unknown = {};
    try {
      parsed = text ? JSON.parse(text) : {};
    } catch {
      // A gateway's HTML error page: the status and the text's start say what happened.
      if (response.ok) throw new SharePointRestError(response.status, 'not_json', 'the answer was not JSON', request);
    }
    if (!response.ok) {
      const error = errorSchema.safeParse(parsed);
      throw new SharePointRestError(
        response.status,
        error.success ? error.data['odata.error'].code : 'unknown',
        error.success ? error.data['odata.error'].message.value : text.slice(0, 200),
        request,
      );
    }
    return schema.parse(parsed);
  }
}

/** The scope of a token for the site's SharePoint host. */
export const sharePointScope = (siteUrl: string) => `${new URL(siteUrl).origin}/.default`;
