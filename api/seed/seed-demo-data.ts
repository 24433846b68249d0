import type { OrganisationRepository } from '../repositories/organisation-repository.js';
import type { BatchOperation, Fields, StoragePort } from '../store/port.js';
import { demoActors, demoDepartments, demoPeople } from './askersund.js';
import { demoBobMeetings } from './askersund-bob.js';
import { demoEntries } from './askersund-entries.js';
import { demoAreaMap } from './askersund-areas.js';
import { documentLibraries } from '../documents/libraries.js';
import { areaMapPath } from '../domain/library-names.js';
import { seedDemoCouncil } from './seed-demo-council.js';
import { seedDemoPlan } from './seed-demo-plan.js';
import { bobSituationEntriesList, situationEntriesList } from '../repositories/situation-entry-repository.js';

const seeder = 'system:demo-data';

/**
 * Fills an empty store with Askersund's demo organisation in one batch (all or nothing);
 * a store that already has people is left exactly as its users made it.
 */
export async function seedDemoData(store: StoragePort, organisation: OrganisationRepository): Promise<boolean> {
  const [anyone] = await organisation.people.all({ top: 1 });
  if (anyone) return false;
  const creates = (list: string, rows: Fields[]): BatchOperation[] =>
    rows.map((fields) => ({ op: 'create', list, fields }));
  await store.batch(
    [
      ...creates(organisation.people.definition.name, demoPeople),
      ...creates(organisation.departments.definition.name, demoDepartments),
      ...creates(organisation.actors.definition.name, demoActors),
    ],
    seeder,
  );
  await seedDemoPlan(store, organisation);
  await seedDemoCouncil(store, organisation);
  await store.batch(creates('bobMeetings', demoBobMeetings), seeder);
  // BOB-marked entries go to the BOB group's own list, as the app itself keeps them.
  const entries = demoEntries().map((entry) => ({ ...entry, importId: 'demo', importKey: null }));
  await store.batch(
    creates(
      situationEntriesList,
      entries.filter((entry) => !entry.bob),
    ),
    seeder,
  );
  await store.batch(
    creates(
      bobSituationEntriesList.name,
      entries.filter((entry) => entry.bob),
    ),
    seeder,
  );
  await store.putFile(
    documentLibraries.situation.name,
    areaMapPath,
    new TextEncoder().encode(JSON.stringify(demoAreaMap)),
    'application/geo+json',
    seeder,
  );
  return true;
}
