import type { OrganisationRepository } from '../repositories/organisation-repository.js';
import type { Directory, DirectoryPerson } from './directory.js';

/** Local mode: the directory is the demo people already stored, searched like Entra ID searches (word prefixes). */
export class DemoDirectory implements Directory {
  readonly source = 'demo' as const;

  constructor(private readonly organisation: OrganisationRepository) {}

  async search(text: string, top = 20): Promise<DirectoryPerson[]> {
    const term = text.trim().toLowerCase();
    if (term === '') return [];
    const people = await this.organisation.listPeople();
    return people
      .filter((p) =>
        [p.displayName, p.email, p.userPrincipalName].some(
          (value) =>
            value
              .toLowerCase()
              .split(/[\s.@_-]+/)
              .some((word) => word.startsWith(term)) || value.toLowerCase().startsWith(term),
        ),
      )
      .slice(0, top)
      .map((p) => ({
        objectId: p.objectId,
        displayName: p.displayName,
        mail: p.email,
        userPrincipalName: p.userPrincipalName,
        jobTitle: p.title,
      }));
  }

  async find(objectId: string): Promise<DirectoryPerson | undefined> {
    const person = await this.organisation.findPerson(objectId);
    return (
      person && {
        objectId: person.objectId,
        displayName: person.displayName,
        mail: person.email,
        userPrincipalName: person.userPrincipalName,
        jobTitle: person.title,
      }
    );
  }
}
