import type { z } from 'zod';
import type { OrganisationRepository } from '../../repositories/organisation-repository.js';
import type { personaSchema } from '../../contract/people.js';

/** People with the department each one heads, for the persona picker and the head selector. */
export async function describePeople(organisation: OrganisationRepository): Promise<z.infer<typeof personaSchema>[]> {
  const [people, departments] = await Promise.all([organisation.listPeople(), organisation.listDepartments()]);
  return people.map((person) => {
    const department = person.roles.includes('DepartmentHead')
      ? departments.find((d) => d.headId === person.objectId)
      : undefined;
    return {
      id: person.objectId,
      displayName: person.displayName,
      title: person.title,
      roles: person.roles,
      departmentId: department?.id ?? null,
      departmentName: department?.name ?? null,
    };
  });
}
