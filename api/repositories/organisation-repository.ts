import type { Caller } from '../auth/caller.js';
import {
  actorInputSchema,
  departmentInputSchema,
  personInputSchema,
  type Actor,
  type ActorInput,
  type Department,
  type DepartmentInput,
  type Person,
  type PersonInput,
} from '../domain/organisation.js';
import type { StoragePort } from '../store/port.js';
import { Collection } from './collection.js';

/** Departments, actors and people: who the municipality is, stored through the port. */
export class OrganisationRepository {
  readonly departments: Collection<DepartmentInput>;
  readonly actors: Collection<ActorInput>;
  readonly people: Collection<PersonInput>;

  constructor(store: StoragePort) {
    this.departments = new Collection(
      store,
      {
        name: 'departments',
        title: 'Förvaltningar',
        columns: [
          { name: 'name', type: 'text', indexed: true },
          { name: 'headId', type: 'text', indexed: true },
        ],
      },
      departmentInputSchema,
    );
    this.actors = new Collection(
      store,
      {
        name: 'actors',
        title: 'Aktörer',
        columns: [
          { name: 'name', type: 'text', indexed: true },
          { name: 'kind', type: 'text', indexed: true },
          { name: 'contact', type: 'text' },
          { name: 'councilParticipant', type: 'boolean', indexed: true },
          { name: 'memberIds', type: 'json' },
        ],
      },
      actorInputSchema,
    );
    this.people = new Collection(
      store,
      {
        name: 'people',
        title: 'Personer',
        columns: [
          { name: 'objectId', type: 'text', indexed: true },
          { name: 'displayName', type: 'text', indexed: true },
          { name: 'title', type: 'text' },
          { name: 'email', type: 'text' },
          { name: 'userPrincipalName', type: 'text' },
          { name: 'roles', type: 'json' },
        ],
      },
      personInputSchema,
    );
  }

  async ensure(): Promise<void> {
    await Promise.all([this.departments.ensure(), this.actors.ensure(), this.people.ensure()]);
  }

  async listDepartments(): Promise<Department[]> {
    return this.departments.all({ orderBy: [{ field: 'name' }] });
  }

  async listActors(): Promise<Actor[]> {
    return this.actors.all({ orderBy: [{ field: 'name' }] });
  }

  async listPeople(): Promise<Person[]> {
    return this.people.all({ orderBy: [{ field: 'displayName' }] });
  }

  async findPerson(personId: string): Promise<Person | undefined> {
    const [person] = await this.people.all({ filters: [{ field: 'objectId', op: 'eq', value: personId }], top: 1 });
    return person;
  }

  /** The department a person heads, if any; a head answers for one department. */
  async departmentHeadedBy(personId: string): Promise<Department | undefined> {
    const [department] = await this.departments.all({
      filters: [{ field: 'headId', op: 'eq', value: personId }],
      top: 1,
    });
    return department;
  }

  /** The actor a person speaks for, if any; the list is short, so it is read whole. */
  async actorOf(personId: string): Promise<Actor | undefined> {
    return (await this.listActors()).find((actor) => actor.memberIds.includes(personId));
  }

  async callerFor(personId: string): Promise<Caller | undefined> {
    const person = await this.findPerson(personId);
    if (!person) return undefined;
    // Heading a department is what makes a head: in a tenant the stored roles are only what Entra ID said at
    // the person's last sign-in, and a head picked in Inställningar may never have opened the tab.
    const [department, actor] = await Promise.all([this.departmentHeadedBy(personId), this.actorOf(personId)]);
    const roles =
      department && !person.roles.includes('DepartmentHead')
        ? [...person.roles, 'DepartmentHead' as const]
        : person.roles;
    return {
      id: person.objectId,
      displayName: person.displayName,
      roles,
      departmentId: department?.id ?? null,
      actorId: actor?.id ?? null,
    };
  }
}
