import type { OrganisationRepository } from '../repositories/organisation-repository.js';
import type { PlanActionRepository } from '../repositories/plan-action-repository.js';
import type { BatchOperation, Fields, StoragePort } from '../store/port.js';
import { demoActionYear, demoActions, demoActors, demoDepartments, demoPeople } from './askersund.js';

const seeder = 'system:demo-data';

/**
 * Fills an empty store with Askersund's demo organisation in one batch (all or nothing);
 * a store that already has people is left exactly as its users made it.
 */
export async function seedDemoData(store: StoragePort, organisation: OrganisationRepository, planActions: PlanActionRepository): Promise<boolean> {
  const [anyone] = await organisation.people.all({ top: 1 });
  if (anyone) return false;
  const creates = (list: string, rows: Fields[]): BatchOperation[] => rows.map((fields) => ({ op: 'create', list, fields }));
  await store.batch(
    [
      ...creates(organisation.people.definition.name, demoPeople),
      ...creates(organisation.departments.definition.name, demoDepartments),
      ...creates(organisation.actors.definition.name, demoActors),
    ],
    seeder,
  );
  // Actions refer to departments by id, which exist only now.
  const departments = await organisation.listDepartments();
  const idOf = (name: string) => departments.find((d) => d.name === name)!.id;
  await store.batch(
    creates(
      planActions.actions.definition.name,
      demoActions.map((action) => ({ year: demoActionYear, title: action.title, departmentId: idOf(action.department), part: action.part })),
    ),
    seeder,
  );
  return true;
}
