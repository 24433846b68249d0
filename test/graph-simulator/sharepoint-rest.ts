import type { SimRequest, SimResponse } from './sim-http.js';
import { jsonBody } from './sim-http.js';
import type { SimList, SimPrincipal, SimRoleAssignment, SimSite } from './state.js';

/** SharePoint Online's built-in permission levels (SP.RoleType as RoleTypeKind, with their fixed ids). */
export const roleDefinitions = [
  { Id: 1073741829, Name: 'Full Control', RoleTypeKind: 5 },
  { Id: 1073741830, Name: 'Edit', RoleTypeKind: 6 },
  { Id: 1073741827, Name: 'Contribute', RoleTypeKind: 3 },
  { Id: 1073741826, Name: 'Read', RoleTypeKind: 2 },
] as const;

/** A new team site's three groups, holding Full Control, Edit and Read on the site. */
export function defaultSitePermissions(): Pick<SimSite, 'principals' | 'roleAssignments'> {
  return {
    principals: [
      { Id: 3, Title: 'Trygghetshjulet Owners', LoginName: 'Trygghetshjulet Owners', PrincipalType: 8 },
      { Id: 4, Title: 'Trygghetshjulet Visitors', LoginName: 'Trygghetshjulet Visitors', PrincipalType: 8 },
      { Id: 5, Title: 'Trygghetshjulet Members', LoginName: 'Trygghetshjulet Members', PrincipalType: 8 },
    ],
    roleAssignments: [
      { principalId: 3, roleDefinitionIds: [1073741829] },
      { principalId: 4, roleDefinitionIds: [1073741826] },
      { principalId: 5, roleDefinitionIds: [1073741830] },
    ],
  };
}

class RestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

function answer(status: number, body: unknown): SimResponse {
  return { status, headers: { 'content-type': 'application/json;odata=nometadata;charset=utf-8' }, body };
}

/**
 * The part of SharePoint's REST API (/_api) that provisioning uses to guard lists, as Microsoft documents it
 * (https://learn.microsoft.com/sharepoint/dev/sp-add-ins/set-custom-permissions-on-a-list-by-using-the-rest-interface):
 * the site's associated groups, ensureuser for an Entra group's claim, role definitions by type, and a list's
 * HasUniqueRoleAssignments, breakroleinheritance, roleassignments, addroleassignment and removeroleassignment.
 * Answers are odata=nometadata JSON; errors use SharePoint's "odata.error" envelope.
 */
export class SharePointRestEndpoints {
  constructor(private readonly site: SimSite) {}

  route(request: SimRequest, apiPath: string): SimResponse {
    try {
      return this.dispatch(request, apiPath);
    } catch (error) {
      if (error instanceof RestError)
        return answer(error.status, {
          'odata.error': { code: error.code, message: { lang: 'en-US', value: error.message } },
        });
      throw error;
    }
  }

  private dispatch(request: SimRequest, apiPath: string): SimResponse {
    const { method } = request;
    const groups: Record<string, string> = {
      associatedownergroup: 'Owners',
      associatedvisitorgroup: 'Visitors',
      associatedmembergroup: 'Members',
    };
    const groupMatch = /^web\/(associatedownergroup|associatedvisitorgroup|associatedmembergroup)$/.exec(apiPath);
    if (groupMatch && method === 'GET')
      return answer(
        200,
        this.site.principals.find((p) => p.Title.endsWith(groups[groupMatch[1]!]!)),
      );
    const type = /^web\/roledefinitions\/getbytype\((\d+)\)$/.exec(apiPath);
    if (type && method === 'GET') {
      const definition = roleDefinitions.find((d) => d.RoleTypeKind === Number(type[1]));
      if (!definition)
        throw new RestError(404, '-2146232832, Microsoft.SharePoint.SPException', 'Cannot find the role definition.');
      return answer(200, definition);
    }
    if (apiPath === 'web/ensureuser' && method === 'POST')
      return answer(200, this.ensureUser(String(jsonBody(request).logonName ?? '')));
    const list = /^web\/lists\(guid'([0-9a-f-]{36})'\)(?:\/(.*))?$/i.exec(apiPath);
    if (list) return this.listRoute(request, this.findList(list[1]!), list[2] ?? '');
    throw new RestError(404, '-1, System.ArgumentException', `Cannot find resource for the request ${apiPath}.`);
  }

  private listRoute(request: SimRequest, list: SimList, rest: string): SimResponse {
    const { method } = request;
    if (rest === '' && method === 'GET')
      return answer(200, {
        Id: list.id,
        Title: list.displayName,
        HasUniqueRoleAssignments: list.roleAssignments !== undefined,
      });
    const breaking = /^breakroleinheritance\(copyRoleAssignments=(true|false),clearSubscopes=(true|false)\)$/i.exec(
      rest,
    );
    if (breaking && method === 'POST') {
      // Already unique: SharePoint leaves the assignments as they are.
      list.roleAssignments ??=
        breaking[1]!.toLowerCase() === 'true'
          ? this.site.roleAssignments.map((a) => ({ ...a, roleDefinitionIds: [...a.roleDefinitionIds] }))
          : [];
      return answer(200, { 'odata.null': true });
    }
    if (rest === 'roleassignments' && method === 'GET')
      return answer(200, {
        value: (list.roleAssignments ?? this.site.roleAssignments).map((a) => this.assignmentJson(a)),
      });
    const change =
      /^roleassignments\/(addroleassignment|removeroleassignment)\(principalid=(\d+),roledefid=(\d+)\)$/i.exec(rest);
    if (change && method === 'POST') {
      if (!list.roleAssignments)
        throw new RestError(
          400,
          '-2147024891, System.UnauthorizedAccessException',
          'This operation is not allowed on an object that inherits permissions.',
        );
      const principalId = Number(change[2]);
      const roleId = Number(change[3]);
      if (!this.site.principals.some((p) => p.Id === principalId))
        throw new RestError(
          404,
          '-2146232832, Microsoft.SharePoint.SPException',
          `Can not find the principal with id: ${principalId}.`,
        );
      if (!roleDefinitions.some((d) => d.Id === roleId))
        throw new RestError(404, '-2146232832, Microsoft.SharePoint.SPException', 'Cannot find the role definition.');
      const assignment = list.roleAssignments.find((a) => a.principalId === principalId);
      if (change[1]!.toLowerCase() === 'addroleassignment') {
        if (!assignment) list.roleAssignments.push({ principalId, roleDefinitionIds: [roleId] });
        else if (!assignment.roleDefinitionIds.includes(roleId)) assignment.roleDefinitionIds.push(roleId);
      } else if (assignment) {
        assignment.roleDefinitionIds = assignment.roleDefinitionIds.filter((id) => id !== roleId);
        if (assignment.roleDefinitionIds.length === 0)
          list.roleAssignments = list.roleAssignments.filter((a) => a !== assignment);
      }
      return answer(200, { 'odata.null': true });
    }
    throw new RestError(404, '-1, System.ArgumentException', `Cannot find resource for the request ${rest}.`);
  }

  /** An Entra security group's claim (c:0t.c|tenant|<object id>) becomes a principal of the site. */
  private ensureUser(logonName: string): SimPrincipal {
    const known = this.site.principals.find((p) => p.LoginName === logonName);
    if (known) return known;
    const group = /^c:0t\.c\|tenant\|([0-9a-f-]{36})$/i.exec(logonName);
    if (!group)
      throw new RestError(
        400,
        '-2146232832, Microsoft.SharePoint.SPException',
        `The specified user ${logonName} could not be found.`,
      );
    const principal: SimPrincipal = {
      Id: Math.max(...this.site.principals.map((p) => p.Id), 10) + 1,
      Title: `Grupp ${group[1]}`,
      LoginName: logonName,
      PrincipalType: 4,
    };
    this.site.principals.push(principal);
    return principal;
  }

  private findList(id: string): SimList {
    const list = this.site.lists.find((l) => l.id.toLowerCase() === id.toLowerCase());
    if (!list) throw new RestError(404, '-1, System.ArgumentException', 'List does not exist.');
    return list;
  }

  private assignmentJson(assignment: SimRoleAssignment) {
    return {
      PrincipalId: assignment.principalId,
      Member: this.site.principals.find((p) => p.Id === assignment.principalId),
      RoleDefinitionBindings: assignment.roleDefinitionIds.map((id) => roleDefinitions.find((d) => d.Id === id)),
    };
  }
}
