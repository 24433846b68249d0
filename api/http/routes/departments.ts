import { departmentInputSchema, type DepartmentInput } from '../../domain/organisation.js';
import type { AppContext } from '../../app-context.js';
import { DomainError } from '../../domain/errors/domain-error.js';
import { crudRoutes } from './crud-routes.js';
import { departmentSchema } from '../../contract/organisation.js';
import { shownInput } from '../../domain/text-policy.js';

export { departmentSchema };

export const departmentRoutes = (ctx: AppContext) =>
  crudRoutes({
    path: '/api/departments',
    tag: 'Organisation',
    noun: { sv: 'Förvaltningen', en: 'The department' },
    collection: ctx.organisation.departments,
    input: departmentInputSchema,
    output: departmentSchema,
    readers: 'signedIn',
    writers: ['SecurityChief'],
    refuseRemoving: (id) => ctx.organisationUsage.refuseRemovingDepartment(id),
    uniqueName: { sv: 'en förvaltning', en: 'a department' },
    present: async (departments) => {
      const people = await ctx.organisation.listPeople();
      return departments.map((d) => ({
        id: d.id,
        etag: d.etag,
        name: d.name,
        headId: d.headId,
        headName: people.find((p) => p.objectId === d.headId)?.displayName ?? null,
      }));
    },
    check: async (value: Partial<DepartmentInput>) => {
      if (!value.headId) return;
      // A head picked from the directory becomes one of the app's people on first use.
      const head = await ctx.people.ensure(value.headId, 'system:directory');
      if (!head) {
        throw new DomainError(
          'validation',
          {
            sv: `headId: personen "${shownInput(value.headId)}" finns inte i katalogen.`,
            en: `headId: the person "${shownInput(value.headId)}" is not in the directory.`,
          },
          {
            issues: [
              {
                field: 'headId',
                message: 'Personen finns inte i katalogen.',
                messageEn: 'The person is not in the directory.',
              },
            ],
          },
        );
      }
    },
  });
