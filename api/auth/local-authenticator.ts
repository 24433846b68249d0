import type { OrganisationRepository } from '../repositories/organisation-repository.js';
import { unauthorized } from './sign-in-refused.js';
import type { Authenticator, Caller } from './caller.js';
import { shownInput } from '../domain/text-policy.js';

export const personaHeader = 'x-dev-persona';

/** Local mode: the caller names a demo person in the X-Dev-Persona header. Never used with a tenant. */
export class LocalAuthenticator implements Authenticator {
  readonly mode = 'local' as const;

  constructor(private readonly organisation: OrganisationRepository) {}

  async authenticate(headers: Record<string, string | string[] | undefined>): Promise<Caller> {
    const value = headers[personaHeader];
    const personaId = Array.isArray(value) ? value[0] : value;
    if (!personaId) {
      throw unauthorized({
        sv: 'Ingen inloggning: välj en demoperson (rubriken X-Dev-Persona).',
        en: 'Not signed in: choose a demo person (the X-Dev-Persona header).',
      });
    }
    // An object id is at most 64 characters (as the API takes one anywhere); a longer one names nobody.
    const caller = personaId.length <= 64 ? await this.organisation.callerFor(personaId) : undefined;
    if (!caller) {
      throw unauthorized({
        sv: `Demopersonen "${shownInput(personaId)}" finns inte.`,
        en: `The demo person "${shownInput(personaId)}" does not exist.`,
      });
    }
    return caller;
  }
}
