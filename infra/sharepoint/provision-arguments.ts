import { z } from 'zod';
import { roleSchema } from '../../api/domain/roles.js';
import type { RoleGroups } from './provision.js';

export const provisionUsage = `npm run provision -- [--group <Role>=<Entra group object id>]...

Creates, or completes, the lists and document libraries of the SharePoint site in SHAREPOINT_SITE_ID
(the Microsoft 365 settings of .env or the environment), and gives each group read access to the
libraries its role may read. Roles: ${roleSchema.options.join(', ')}.
PROVISION_GROUPS="CouncilMember=<id>,BobMember=<id>" does the same as --group.`;

const groupId = z.uuid({ error: 'expected an Entra group object id (a GUID)' });

export class ArgumentError extends Error {}

/** --group Role=id (repeatable) and PROVISION_GROUPS; the same role twice with different groups is refused. */
export function parseProvisionArguments(
  argv: readonly string[],
  env: Record<string, string | undefined>,
): { help: boolean; groups: RoleGroups } {
  const pairs: string[] = (env.PROVISION_GROUPS ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  for (let i = 0; i < argv.length; i += 1) {
    const argument = argv[i]!;
    if (argument === '--help' || argument === '-h') return { help: true, groups: {} };
    if (argument === '--group') {
      const value = argv[i + 1];
      if (value === undefined) throw new ArgumentError('--group needs Role=<group object id>');
      pairs.push(value);
      i += 1;
    } else if (argument.startsWith('--group=')) pairs.push(argument.slice('--group='.length));
    else throw new ArgumentError(`Unknown argument "${argument}"`);
  }
  const groups: RoleGroups = {};
  for (const pair of pairs) {
    const [rawRole, rawId] = pair.split('=');
    const role = roleSchema.safeParse(rawRole?.trim());
    if (!role.success)
      throw new ArgumentError(`"${rawRole ?? ''}" is not a role; expected one of ${roleSchema.options.join(', ')}`);
    const id = groupId.safeParse(rawId?.trim());
    if (!id.success) throw new ArgumentError(`${role.data}: ${id.error.issues[0]!.message} (got "${rawId ?? ''}")`);
    if (groups[role.data] && groups[role.data] !== id.data) throw new ArgumentError(`${role.data} is given two groups`);
    groups[role.data] = id.data;
  }
  return { help: false, groups };
}
