import type { OrganisationRepository } from '../repositories/organisation-repository.js';
import type { BatchOperation, StoragePort } from '../store/port.js';
import { demoCommitmentId } from './askersund-council.js';
import { demoPlanActions, demoPlanDecision, demoPlanParts, demoPlanYear } from './askersund-plan.js';

const seeder = 'system:demo-data';

/** The decided 2026 plan, its parts and actions, in one batch once the departments and actors have ids. */
export async function seedDemoPlan(store: StoragePort, organisation: OrganisationRepository): Promise<void> {
  const [departments, actors] = await Promise.all([organisation.listDepartments(), organisation.listActors()]);
  const department = (name: string) => departments.find((d) => d.name === name)!.id;
  const actor = (name: string) => actors.find((a) => a.name === name)!.id;
  const parts = demoPlanParts(department, actor);
  const decision = {
    ...demoPlanDecision,
    recordedBy: seeder,
    recordedAt: `${demoPlanDecision.meetingDate}T16:00:00.000Z`,
    version: 1,
  };
  const operations: BatchOperation[] = [
    {
      op: 'create',
      list: 'actionPlans',
      fields: {
        year: demoPlanYear,
        planVersion: 1,
        status: 'decided',
        decision,
        previousDecisions: [],
        copiedFromYear: null,
      },
    },
    ...([1, 2, 3, 4] as const).map(
      (part): BatchOperation => ({
        op: 'create',
        list: 'actionPlanParts',
        fields: { year: demoPlanYear, part, content: parts[part] },
      }),
    ),
    ...demoPlanActions.map(
      (action): BatchOperation => ({
        op: 'create',
        list: 'planActions',
        fields: {
          year: demoPlanYear,
          title: action.title,
          description: '',
          part: action.part,
          departmentId: action.department ? department(action.department) : null,
          actorId: action.actor ? actor(action.actor) : null,
          problemIds: action.problemIds ?? [],
          factorIds: action.factorIds ?? [],
          start: `${demoPlanYear}-04-01`,
          end: `${demoPlanYear}-12-31`,
          indicator: action.indicator,
          target: action.target,
          status: 'notStarted',
          statusComment: '',
          statusChangedAt: null,
          statusChangedBy: null,
          origin:
            action.part === 4
              ? { kind: 'council', year: demoPlanYear - 1, commitmentId: demoCommitmentId(action.title) }
              : null,
          carriedFromId: null,
        },
      }),
    ),
  ];
  await store.batch(operations, seeder);
}
