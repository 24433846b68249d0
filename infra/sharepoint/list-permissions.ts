import { z } from 'zod';
import type { Role } from '../../api/domain/roles.js';
import type { GuardedTarget } from './permission-plan.js';
import { SharePointRestError, type SharePointRest } from './sharepoint-rest.js';

/** SharePoint's Read permission level (SP.RoleType.Reader). */
const readerRoleType = 2;

const principalSchema = z.looseObject({ Id: z.number(), Title: z.string(), LoginName: z.string() });
const assignmentsSchema = z.object({
  value: z.array(
    z.looseObject({
      PrincipalId: z.number(),
      Member: principalSchema,
      RoleDefinitionBindings: z.array(z.looseObject({ Id: z.number(), Name: z.string() })),
    }),
  ),
});

/** The site's principals that guarding a list needs, read once per run. */
export interface SitePrincipals {
  ownersId: number;
  /** The site's Members and Visitors groups: what every list inherits and a guarded list must not keep. */
  broadIds: Set<number>;
  readDefinitionId: number;
  /** The SharePoint principal of each role's Entra group. */
  groups: Map<Role, { id: number; title: string }>;
}

export interface GuardOutcome {
  target: GuardedTarget;
  stoppedInheriting: boolean;
  granted: Role[];
  removed: string[];
  /** Principals on the list that the app did not put there and leaves to a person to judge. */
  others: string[];
  failed?: string;
}

/** Everyone and Everyone except external users, which a site may have been shared with. */
const everyone = (loginName: string) =>
  loginName === 'c:0(.s|true' || loginName.startsWith('c:0-.f|rolemanager|spo-grid-all-users');

/** The claim by which SharePoint knows an Entra security group. */
export const groupClaim = (objectId: string) => `c:0t.c|tenant|${objectId}`;

export async function readSitePrincipals(
  rest: SharePointRest,
  groupIds: Partial<Record<Role, string>>,
): Promise<SitePrincipals> {
  const owners = await rest.call('GET', 'web/associatedownergroup?$select=Id', z.looseObject({ Id: z.number() }));
  const broadIds = new Set<number>();
  for (const group of ['associatedmembergroup', 'associatedvisitorgroup']) {
    // A site made without them answers null ("odata.null"): nothing to remove then.
    const found = await rest.call('GET', `web/${group}?$select=Id`, z.looseObject({ Id: z.number().optional() }));
    if (found.Id !== undefined) broadIds.add(found.Id);
  }
  const read = await rest.call(
    'GET',
    `web/roledefinitions/getbytype(${readerRoleType})?$select=Id`,
    z.looseObject({ Id: z.number() }),
  );
  const groups = new Map<Role, { id: number; title: string }>();
  for (const [role, objectId] of Object.entries(groupIds) as [Role, string][]) {
    const principal = await rest.call('POST', 'web/ensureuser', principalSchema, { logonName: groupClaim(objectId) });
    groups.set(role, { id: principal.Id, title: principal.Title });
  }
  return { ownersId: owners.Id, broadIds, readDefinitionId: read.Id, groups };
}

/**
 * Makes one list or library readable by exactly its readers' groups: it stops inheriting the site's
 * permissions (keeping a copy, so the site's owners stay), the site's Members and Visitors and Everyone are
 * removed, each reader group holds Read and nothing more, and a group of another role is taken off. What
 * is already so is left alone, so a second run changes nothing.
 * (https://learn.microsoft.com/sharepoint/dev/sp-add-ins/set-custom-permissions-on-a-list-by-using-the-rest-interface)
 */
export async function guardList(
  rest: SharePointRest,
  listId: string,
  target: GuardedTarget,
  site: SitePrincipals,
): Promise<GuardOutcome> {
  const outcome: GuardOutcome = { target, stoppedInheriting: false, granted: [], removed: [], others: [] };
  const list = `web/lists(guid'${listId}')`;
  try {
    const { HasUniqueRoleAssignments } = await rest.call(
      'GET',
      `${list}?$select=HasUniqueRoleAssignments`,
      z.looseObject({ HasUniqueRoleAssignments: z.boolean() }),
    );
    if (!HasUniqueRoleAssignments) {
      await rest.call(
        'POST',
        `${list}/breakroleinheritance(copyRoleAssignments=true,clearSubscopes=true)`,
        z.unknown(),
      );
      outcome.stoppedInheriting = true;
    }
    const { value: assignments } = await rest.call(
      'GET',
      `${list}/roleassignments?$expand=Member,RoleDefinitionBindings`,
      assignmentsSchema,
    );
    const readerIds = new Map(
      target.readers.flatMap((role) => (site.groups.has(role) ? [[site.groups.get(role)!.id, role] as const] : [])),
    );
    const roleGroupIds = new Set([...site.groups.values()].map((group) => group.id));
    const remove = async (principalId: number, definitionId: number) =>
      rest.call(
        'POST',
        `${list}/roleassignments/removeroleassignment(principalid=${principalId},roledefid=${definitionId})`,
        z.unknown(),
      );

    for (const assignment of assignments) {
      const { PrincipalId: id, Member: member, RoleDefinitionBindings: bindings } = assignment;
      if (id === site.ownersId) continue;
      const reader = readerIds.has(id);
      if (reader || roleGroupIds.has(id) || site.broadIds.has(id) || everyone(member.LoginName)) {
        const extra = bindings.filter((binding) => !(reader && binding.Id === site.readDefinitionId));
        for (const binding of extra) await remove(id, binding.Id);
        if (extra.length > 0)
          outcome.removed.push(`${member.Title} (${extra.map((binding) => binding.Name).join(', ')})`);
      } else {
        outcome.others.push(member.Title);
      }
    }
    for (const [id, role] of readerIds) {
      const present = assignments
        .find((a) => a.PrincipalId === id)
        ?.RoleDefinitionBindings.some((binding) => binding.Id === site.readDefinitionId);
      if (present) continue;
      await rest.call(
        'POST',
        `${list}/roleassignments/addroleassignment(principalid=${id},roledefid=${site.readDefinitionId})`,
        z.unknown(),
      );
      outcome.granted.push(role);
    }
  } catch (error) {
    if (!(error instanceof SharePointRestError)) throw error;
    outcome.failed = `${error.status} ${error.code}: ${error.sharePointMessage}`;
  }
  return outcome;
}

export const changedPermissions = (outcome: GuardOutcome) =>
  outcome.stoppedInheriting || outcome.granted.length > 0 || outcome.removed.length > 0;
