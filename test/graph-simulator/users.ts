import { randomUUID } from 'node:crypto';
import { json, jsonBody, SimError, type SimRequest, type SimResponse } from './sim-http.js';

/** A directory user as Graph's user resource describes the properties the app selects. */
export interface SimUser {
  id: string;
  displayName: string;
  mail: string | null;
  userPrincipalName: string;
  jobTitle: string | null;
}

const selectable = ['id', 'displayName', 'mail', 'userPrincipalName', 'jobTitle'] as const;

/**
 * GET /users and GET /users/{id} as https://learn.microsoft.com/graph/api/user-list and user-get describe
 * them: $search takes "property:text" clauses joined by OR (tokenised, prefix match on words) and is only
 * accepted with the header ConsistencyLevel: eventual and $count=true (advanced queries on directory objects);
 * $select narrows the properties; $top limits the page. Nothing else is promised, so nothing else is given.
 */
export class UsersEndpoints {
  constructor(private readonly users: SimUser[]) {}

  list(request: SimRequest): SimResponse {
    const search = request.url.searchParams.get('$search');
    let found = this.users;
    if (search !== null) {
      if (
        (request.headers.consistencylevel ?? '').toLowerCase() !== 'eventual' ||
        request.url.searchParams.get('$count') !== 'true'
      ) {
        throw new SimError(
          400,
          'Request_UnsupportedQuery',
          "Request with $search query parameter only works through MSGraph with a special request header: 'ConsistencyLevel: eventual'",
        );
      }
      const clauses = [...search.matchAll(/"(\w+):([^"]*)"/g)].map(([, property, text]) => ({
        property: property!,
        text: text!.toLowerCase(),
      }));
      if (clauses.length === 0)
        throw new SimError(400, 'Request_BadRequest', 'Invalid $search query: use "property:value".');
      found = this.users.filter((user) =>
        clauses.some(({ property, text }) => {
          const value = String((user as unknown as Record<string, unknown>)[property] ?? '').toLowerCase();
          return value.split(/[\s.@_-]+/).some((word) => word.startsWith(text)) || value.startsWith(text);
        }),
      );
    }
    const top = Number(request.url.searchParams.get('$top') ?? 100);
    const page = found.slice(0, top).map((user) => this.selected(request, user));
    return json(200, { '@odata.count': found.length, value: page });
  }

  get(request: SimRequest, id: string): SimResponse {
    const user = this.users.find(
      (u) => u.id === decodeURIComponent(id) || u.userPrincipalName === decodeURIComponent(id),
    );
    if (!user)
      throw new SimError(
        404,
        'Request_ResourceNotFound',
        `Resource '${id}' does not exist or one of its queried reference-property objects are not present.`,
      );
    return json(200, this.selected(request, user));
  }

  private selected(request: SimRequest, user: SimUser): Record<string, unknown> {
    const wanted = request.url.searchParams.get('$select')?.split(',') ?? [
      'id',
      'displayName',
      'mail',
      'userPrincipalName',
      'jobTitle',
    ];
    return Object.fromEntries(selectable.filter((key) => wanted.includes(key)).map((key) => [key, user[key]]));
  }
}

export interface SimInstallation {
  userId: string;
  id: string;
  teamsAppId: string;
  chatId: string;
}

/**
 * A user's installed Teams apps as https://learn.microsoft.com/graph/api/userteamwork-post-installedapps and
 * userteamwork-list-installedapps / -get-chat describe them: installing binds an app of the org catalog
 * (201 with no body; 409 when it is already installed), listing honours $filter on teamsApp/id, and each
 * installation has the 1:1 chat between the user and the app's bot.
 */
export class InstalledAppsEndpoints {
  readonly installations: SimInstallation[] = [];

  constructor(
    private readonly users: SimUser[],
    private readonly catalog: string[],
    /** Users whose installation Graph refuses (a policy that blocks the app for them). */
    private readonly refused: Set<string>,
  ) {}

  route(request: SimRequest, userId: string, rest: string[]): SimResponse {
    const user = this.users.find((u) => u.id === decodeURIComponent(userId));
    if (!user) throw new SimError(404, 'NotFound', `User ${userId} was not found.`);
    const [installationId, leaf] = rest;
    if (installationId === undefined && request.method === 'POST') return this.install(request, user);
    if (installationId === undefined && request.method === 'GET') return this.list(request, user);
    if (installationId !== undefined && leaf === 'chat' && request.method === 'GET') {
      const installation = this.installations.find(
        (i) => i.userId === user.id && i.id === decodeURIComponent(installationId),
      );
      if (!installation) throw new SimError(404, 'NotFound', 'The installation was not found.');
      return json(200, { id: installation.chatId, topic: null, chatType: 'oneOnOne' });
    }
    throw new SimError(405, 'MethodNotAllowed', 'Method not allowed.');
  }

  private install(request: SimRequest, user: SimUser): SimResponse {
    const bind = String(jsonBody(request)['teamsApp@odata.bind'] ?? '');
    const appId = /\/appCatalogs\/teamsApps\/([^/]+)$/.exec(bind)?.[1];
    if (!appId || !this.catalog.includes(appId))
      throw new SimError(404, 'NotFound', 'The app was not found in the catalog.');
    if (this.refused.has(user.id))
      throw new SimError(403, 'Forbidden', 'The app is blocked for this user by an app permission policy.');
    if (this.installations.some((i) => i.userId === user.id && i.teamsAppId === appId))
      throw new SimError(409, 'Conflict', 'The app is already installed for this user.');
    this.installations.push({
      userId: user.id,
      id: Buffer.from(`${user.id}##${appId}`).toString('base64'),
      teamsAppId: appId,
      chatId: `19:${randomUUID()}@unq.gbl.spaces`,
    });
    return { status: 201, headers: {} };
  }

  private list(request: SimRequest, user: SimUser): SimResponse {
    const wanted = /teamsApp\/id eq '([^']+)'/.exec(request.url.searchParams.get('$filter') ?? '')?.[1];
    const mine = this.installations.filter(
      (i) => i.userId === user.id && (wanted === undefined || i.teamsAppId === wanted),
    );
    const expand = request.url.searchParams.get('$expand') === 'teamsApp';
    return json(200, {
      value: mine.map((i) => ({
        id: i.id,
        ...(expand
          ? {
              teamsApp: {
                id: i.teamsAppId,
                externalId: null,
                displayName: 'Trygghetshjulet',
                distributionMethod: 'organization',
              },
            }
          : {}),
      })),
    });
  }
}
