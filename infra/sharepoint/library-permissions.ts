import { GraphError } from '../../api/store/sharepoint/graph-errors.js';
import type { GraphHttp } from '../../api/store/sharepoint/graph-http.js';
import { collectionSchema, permissionSchema } from '../../api/store/sharepoint/graph-schemas.js';

export type GrantOutcome = { outcome: 'granted' } | { outcome: 'present' } | { outcome: 'failed'; reason: string };

const readingRoles = new Set(['read', 'write', 'owner']);

/**
 * Read access for a directory group on a library's drive root, by POST …/root/invite without a sharing
 * mail (https://learn.microsoft.com/graph/api/driveitem-invite). A group that already reads there is left alone,
 * so a second run changes nothing.
 */
export async function ensureGroupReads(http: GraphHttp, driveId: string, groupId: string): Promise<GrantOutcome> {
  const root = `/drives/${encodeURIComponent(driveId)}/root`;
  try {
    const permissions = collectionSchema(permissionSchema).parse(await http.json({ method: 'GET', path: `${root}/permissions` }));
    const present = permissions.value.some((p) => p.grantedToV2?.group?.id === groupId && p.roles.some((role) => readingRoles.has(role)));
    if (present) return { outcome: 'present' };
    await http.json({
      method: 'POST',
      path: `${root}/invite`,
      json: { recipients: [{ objectId: groupId }], roles: ['read'], requireSignIn: true, sendInvitation: false },
    });
    return { outcome: 'granted' };
  } catch (error) {
    if (error instanceof GraphError) return { outcome: 'failed', reason: `${error.status} ${error.code}: ${error.graphMessage}` };
    throw error;
  }
}
