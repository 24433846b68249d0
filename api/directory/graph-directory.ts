import { z } from 'zod';
import { GraphError } from '../store/sharepoint/graph-errors.js';
import type { GraphHttp } from '../store/sharepoint/graph-http.js';
import type { Directory, DirectoryPerson } from './directory.js';

const select = 'id,displayName,mail,userPrincipalName,jobTitle';
const userSchema = z.object({
  id: z.string(),
  displayName: z.string().nullable().optional(),
  mail: z.string().nullable().optional(),
  userPrincipalName: z.string().nullable().optional(),
  jobTitle: z.string().nullable().optional(),
});

const toPerson = (user: z.infer<typeof userSchema>): DirectoryPerson => ({
  objectId: user.id,
  displayName: user.displayName ?? user.userPrincipalName ?? user.id,
  mail: user.mail ?? '',
  userPrincipalName: user.userPrincipalName ?? '',
  jobTitle: user.jobTitle ?? '',
});

/**
 * The tenant's directory through Graph, app-only (application permission User.Read.All). $search on users
 * is an advanced query: it needs the header ConsistencyLevel: eventual and $count=true
 * (https://learn.microsoft.com/graph/api/user-list, https://learn.microsoft.com/graph/aad-advanced-queries).
 */
export class GraphDirectory implements Directory {
  readonly source = 'entra' as const;

  constructor(private readonly http: GraphHttp) {}

  async search(text: string, top = 20): Promise<DirectoryPerson[]> {
    // $search clauses are quoted; a quote or backslash in the text would end the clause.
    const term = text.replace(/["\\]/g, ' ').trim();
    if (term === '') return [];
    const search = ['displayName', 'mail', 'userPrincipalName'].map((property) => `"${property}:${term}"`).join(' OR ');
    const query = new URLSearchParams({ $search: search, $count: 'true', $select: select, $top: String(top) });
    const answer = await this.http.json({
      method: 'GET',
      path: `/users?${query.toString().replace(/\+/g, '%20')}`,
      headers: { ConsistencyLevel: 'eventual' },
    });
    return z
      .object({ value: z.array(userSchema) })
      .parse(answer)
      .value.map(toPerson);
  }

  async find(objectId: string): Promise<DirectoryPerson | undefined> {
    try {
      return toPerson(
        userSchema.parse(
          await this.http.json({ method: 'GET', path: `/users/${encodeURIComponent(objectId)}?$select=${select}` }),
        ),
      );
    } catch (error) {
      if (error instanceof GraphError && (error.status === 404 || error.status === 400)) return undefined;
      throw error;
    }
  }
}
