import type { ActorKind } from '../../../api/domain/organisation.js';
import type { Capabilities, Role } from '../../../api/domain/roles.js';

export interface Persona {
  id: string;
  displayName: string;
  title: string;
  roles: Role[];
  departmentId: string | null;
  departmentName: string | null;
}

export interface Me extends Persona {
  can: Capabilities;
  actorId: string | null;
  actorName: string | null;
  accessibilityContact: string | null;
}

export interface Department {
  id: string;
  etag: string;
  name: string;
  headId: string | null;
  headName: string | null;
}

export interface Actor {
  id: string;
  etag: string;
  name: string;
  kind: ActorKind;
  contact: string;
  councilParticipant: boolean;
  members: { id: string; name: string }[];
}

/** GET /api/directory/people: a person of the directory (Entra ID, or the demo people locally). */
export interface DirectoryMatch {
  objectId: string;
  displayName: string;
  mail: string;
  userPrincipalName: string;
  jobTitle: string;
  known: boolean;
}
