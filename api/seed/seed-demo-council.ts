import type { OrganisationRepository } from '../repositories/organisation-repository.js';
import type { BatchOperation, StoragePort } from '../store/port.js';
import {
  demoAgreements,
  demoCommitments,
  demoCouncilActors,
  demoCouncilYear,
  demoDecisions,
} from './askersund-council.js';

const seeder = 'system:demo-data';

/** Last December's council with its minutes, and the agreements in force, once actors and departments have ids. */
export async function seedDemoCouncil(store: StoragePort, organisation: OrganisationRepository): Promise<void> {
  const [departments, actors] = await Promise.all([organisation.listDepartments(), organisation.listActors()]);
  const department = (name: string | null) => (name ? departments.find((d) => d.name === name)!.id : null);
  const actor = (name: string | null) => (name ? actors.find((a) => a.name === name)!.id : null);
  const invited = demoCouncilActors.map((name) => actor(name)!);
  const minutes = {
    attendingActorIds: invited,
    decisions: demoDecisions.map((text, index) => ({ id: `demo-beslut-${index + 1}`, text })),
    commitments: demoCommitments.map((c) => ({
      id: c.id,
      actorId: actor(c.actor),
      departmentId: c.actor ? null : department(c.department),
      what: c.what,
      byWhen: c.byWhen,
    })),
    notes: '',
  };
  const operations: BatchOperation[] = [
    {
      op: 'create',
      list: 'councils',
      fields: {
        year: demoCouncilYear,
        place: 'Kommunhuset, sal Vättern',
        invitedActorIds: invited,
        preparationNotes: 'Kommunen och polisen gick igenom aktörernas underlag den 2 december.',
        agenda: null,
        minutes,
      },
    },
    ...invited.map(
      (actorId): BatchOperation => ({
        op: 'create',
        list: 'councilMaterials',
        fields: {
          year: demoCouncilYear,
          actorId,
          receivedOn: `${demoCouncilYear}-11-20`,
          note: 'Inkom per e-post',
          documentPath: null,
        },
      }),
    ),
    ...demoAgreements.map(
      (a): BatchOperation => ({
        op: 'create',
        list: 'cooperationAgreements',
        fields: {
          actorId: actor(a.actor),
          title: a.title,
          signedOn: a.signedOn,
          validUntil: a.validUntil,
          note: a.note,
          documentPath: null,
        },
      }),
    ),
  ];
  await store.batch(operations, seeder);
}
