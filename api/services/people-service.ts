import type { Directory, DirectoryPerson } from '../directory/directory.js';
import type { Person } from '../domain/organisation.js';
import type { OrganisationRepository } from '../repositories/organisation-repository.js';

export interface DirectoryMatch extends DirectoryPerson {
  /** Already among the app's people (linked to a department, a member of something). */
  known: boolean;
}

/**
 * The people the year needs, taken from the directory: found by search, and stored as the app's person on
 * first use (object id, name, mail, sign-in name) so a department can name its head in a tenant too.
 */
export class PeopleService {
  constructor(
    private readonly organisation: OrganisationRepository,
    readonly directory: Directory,
  ) {}

  async search(text: string): Promise<DirectoryMatch[]> {
    const [found, people] = await Promise.all([this.directory.search(text), this.organisation.listPeople()]);
    const known = new Set(people.map((p) => p.objectId));
    return found.map((person) => ({ ...person, known: known.has(person.objectId) }));
  }

  /** The app's person with this object id, stored from the directory if it is not yet; undefined if nobody has it. */
  async ensure(objectId: string, actor: string): Promise<Person | undefined> {
    const stored = await this.organisation.findPerson(objectId);
    if (stored) return stored;
    const found = await this.directory.find(objectId);
    if (!found) return undefined;
    // Roles come from Entra ID's app roles at each sign-in; nothing is granted here.
    return this.organisation.people.create(
      {
        objectId: found.objectId,
        displayName: found.displayName,
        title: found.jobTitle,
        email: found.mail,
        userPrincipalName: found.userPrincipalName,
        roles: [],
      },
      actor,
    );
  }
}
