import { z } from 'zod';

/** The app roles of the Entra app registration; local personas carry the same names. */
export const roleSchema = z.enum(['SecurityChief', 'DepartmentHead', 'CouncilMember', 'BobMember', 'Reader']);
export type Role = z.infer<typeof roleSchema>;
export const allRoles: readonly Role[] = roleSchema.options;

export const roleTitles: Record<Role, { sv: string; en: string }> = {
  SecurityChief: { sv: 'Säkerhetschef', en: 'Security chief' },
  DepartmentHead: { sv: 'Förvaltningschef', en: 'Head of department' },
  CouncilMember: { sv: 'Rådsledamot', en: 'Council member' },
  BobMember: { sv: 'BOB-styrgruppen', en: 'BOB steering group' },
  Reader: { sv: 'Läsare', en: 'Reader' },
};

/** Who takes part in the strategic council's material: the säkerhetschef, council members, readers, the BOB group. */
export const councilReaderRoles: readonly Role[] = ['SecurityChief', 'CouncilMember', 'Reader', 'BobMember'];

/** Who reads the action plan: everyone but a BOB member who has no other role (the plan is public once decided). */
export const actionPlanReaderRoles: readonly Role[] = ['SecurityChief', 'DepartmentHead', 'CouncilMember', 'Reader'];

/** Who reads department reports: the säkerhetschef and readers all of them, a head the department's own. */
export const reportReaderRoles: readonly Role[] = ['SecurityChief', 'DepartmentHead', 'Reader'];

export interface Capabilities {
  editOrganisation: boolean;
  editCycle: boolean;
  submitDepartmentReport: boolean;
  seeBob: boolean;
  seeCouncil: boolean;
  seeReports: boolean;
  seeActionPlan: boolean;
  /** A council member who speaks for an actor writes the actor's own entries and material. */
  writeActorEntries: boolean;
  importSituation: boolean;
}

export function capabilitiesOf(
  roles: readonly Role[],
  departmentId: string | null,
  actorId: string | null = null,
): Capabilities {
  const has = (role: Role) => roles.includes(role);
  return {
    editOrganisation: has('SecurityChief'),
    editCycle: has('SecurityChief'),
    submitDepartmentReport: has('DepartmentHead') && departmentId !== null,
    seeBob: has('BobMember'),
    seeCouncil: roles.some((role) => councilReaderRoles.includes(role)),
    seeReports: roles.some((role) => reportReaderRoles.includes(role)),
    seeActionPlan: roles.some((role) => actionPlanReaderRoles.includes(role)),
    writeActorEntries: has('CouncilMember') && actorId !== null,
    importSituation: has('SecurityChief'),
  };
}
