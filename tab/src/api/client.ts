import type { ErrorCode } from '../../../api/contract/errors.js';

/** The API's codes, and the tab's own: no sign-in from Teams, no answer, a link to elsewhere, an answer that is not the API's. */
export type ApiErrorCode = ErrorCode | 'sso' | 'network' | 'foreign_link' | 'unknown';

export interface FieldIssue {
  field: string;
  message: string;
  messageEn: string;
}

/** An error the API answered, in both languages, with the fields it names. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ApiErrorCode,
    readonly sv: string,
    readonly en: string,
    readonly issues: FieldIssue[] = [],
    readonly current?: unknown,
  ) {
    super(en);
  }

  issueFor(field: string): FieldIssue | undefined {
    return this.issues.find((issue) => issue.field === field);
  }
}

interface ErrorBody {
  error?: ErrorCode;
  message?: string;
  messageEn?: string;
  issues?: FieldIssue[];
  current?: unknown;
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  body?: unknown;
  ifMatch?: string;
  /** Asks a file's address for where to open it rather than for its bytes. */
  openAs?: 'link';
}

/** Where the API says a file is opened: in SharePoint when it is stored there, and a same-origin download link. */
interface FileLink {
  webUrl: string | null;
  downloadUrl: string;
}

/** Opens an address outside the tab: Teams' app.openLink inside Teams, a new browser tab outside it. */
export type LinkOpener = (url: string) => Promise<void>;

const openInBrowser: LinkOpener = async (url) => {
  window.open(url, '_blank', 'noopener');
};

/** Calls the API as the signed-in person; every failure becomes an ApiError. */
export class ApiClient {
  constructor(
    private readonly personaId: string | undefined,
    /** Entra mode: the SSO token from Teams, asked for on every call (teams-js caches and renews it). */
    private readonly token?: () => Promise<string>,
    private readonly openLink: LinkOpener = openInBrowser,
  ) {}

  private async credentials(): Promise<Record<string, string>> {
    if (this.token) {
      try {
        return { Authorization: `Bearer ${await this.token()}` };
      } catch {
        throw new ApiError(
          401,
          'sso',
          'Teams kunde inte logga in dig i Trygghetshjulet. Ladda om fliken.',
          'Teams could not sign you in to Trygghetshjulet. Reload the tab.',
        );
      }
    }
    return this.personaId ? { 'X-Dev-Persona': this.personaId } : {};
  }

  /**
   * Opens a file where it lives: a document stored in SharePoint opens there (Word for the web, or the
   * desktop app if the person prefers); anything else downloads from this origin through a short-lived link,
   * with no blob URL (in new Teams only the first blob download works, msteams-docs #9904 and #10334).
   */
  async openFile(path: string, filename: string): Promise<void> {
    const link = await this.request<FileLink>(path, { openAs: 'link' });
    const webUrl = link.webUrl ? new URL(link.webUrl) : undefined;
    if (webUrl && (webUrl.protocol === 'https:' || webUrl.protocol === 'http:')) return this.openLink(webUrl.href);
    const anchor = Object.assign(document.createElement('a'), {
      href: ownApiPath(link.downloadUrl),
      download: filename,
      hidden: true,
    });
    document.body.append(anchor);
    anchor.click();
    anchor.remove();
  }

  /** Sends a file's bytes as they are (application/octet-stream) and reads the JSON answer. */
  async upload<T>(path: string, file: Blob): Promise<T> {
    return this.request<T>(path, { method: 'POST', body: file });
  }

  async request<T>(path: string, options: RequestOptions = {}): Promise<T> {
    const target = ownApiPath(path);
    const headers: Record<string, string> = { Accept: 'application/json', ...(await this.credentials()) };
    const raw = options.body instanceof Blob;
    if (options.body !== undefined) headers['Content-Type'] = raw ? 'application/octet-stream' : 'application/json';
    if (options.ifMatch) headers['If-Match'] = options.ifMatch;
    if (options.openAs) headers['X-Open-As'] = options.openAs;
    let response: Response;
    try {
      response = await fetch(target, {
        method: options.method ?? 'GET',
        headers,
        body: options.body === undefined ? undefined : raw ? (options.body as Blob) : JSON.stringify(options.body),
      });
    } catch {
      throw new ApiError(
        0,
        'network',
        'Tjänsten svarar inte. Kontrollera anslutningen och försök igen.',
        'The service does not answer. Check the connection and try again.',
      );
    }
    if (response.status === 204) return undefined as T;
    const body = (await response.json().catch(() => ({}))) as T & ErrorBody;
    if (!response.ok) {
      throw new ApiError(
        response.status,
        body.error ?? 'unknown',
        body.message ?? `Fel ${response.status}`,
        body.messageEn ?? `Error ${response.status}`,
        body.issues ?? [],
        body.current,
      );
    }
    return body;
  }
}

/**
 * The person's credentials (the SSO token, or the demo persona) go only to this app's own API: a path on this
 * origin under /api/. Anything else is refused before a request is made, whatever a stored link says.
 */
export function ownApiPath(path: string, page: string = window.location.href): string {
  const url = new URL(path, page);
  if (url.origin !== new URL(page).origin || !url.pathname.startsWith('/api/')) {
    throw new ApiError(
      0,
      'foreign_link',
      'Länken leder utanför Trygghetshjulet och hämtas inte med din inloggning.',
      'The link leads outside Trygghetshjulet and is not fetched with your sign-in.',
    );
  }
  return `${url.pathname}${url.search}`;
}
