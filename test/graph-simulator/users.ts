import { json, SimError, type SimRequest, type SimResponse } from './sim-http.js';

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
      if ((request.headers['consistencylevel'] ?? '').toLowerCase() !== 'eventual' || request.url.searchParams.get('$count') !== 'true') {
        throw new SimError(400, 'Request_UnsupportedQuery', "Request with $search query parameter only works through MSGraph with a special request header: 'ConsistencyLevel: eventual'");
      }
      const clauses = [...search.matchAll(/"(\w+):([^"]*)"/g)].map(([, property, text]) => ({ property: property!, text: text!.toLowerCase() }));
      if (clauses.length === 0) throw new SimError(400, 'Request_BadRequest', 'Invalid $search query: use "property:value".');
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
    const user = this.users.find((u) => u.id === decodeURIComponent(id) || u.userPrincipalName === decodeURIComponent(id));
    if (!user) throw new SimError(404, 'Request_ResourceNotFound', `Resource '${id}' does not exist or one of its queried reference-property objects are not present.`);
    return json(200, this.selected(request, user));
  }

  private selected(request: SimRequest, user: SimUser): Record<string, unknown> {
    const wanted = request.url.searchParams.get('$select')?.split(',') ?? ['id', 'displayName', 'mail', 'userPrincipalName', 'jobTitle'];
    return Object.fromEntries(selectable.filter((key) => wanted.includes(key)).map((key) => [key, user[key]]));
  }
}
