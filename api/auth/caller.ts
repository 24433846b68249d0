import type { Role } from '../domain/roles.js';

/** Who is calling, resolved once per request by the authenticator of the configured auth mode. */
export interface Caller {
  id: string;
  displayName: string;
  roles: Role[];
  departmentId: string | null;
  /** The actor (police, business, church …) the person speaks for in the council, set in Inställningar. */
  actorId: string | null;
}

export interface Authenticator {
  readonly mode: 'local' | 'entra';
  /** Resolves the caller or throws SignInRefused (401, or 403 without a role). */
  authenticate(headers: Record<string, string | string[] | undefined>): Promise<Caller>;
}
