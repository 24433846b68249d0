// The people and organisation routes' answers, as their response schemas say.
export type { ActorJson as Actor, DepartmentJson as Department } from '../../../api/contract/organisation.js';
export type {
  DirectoryMatchJson as DirectoryMatch,
  MeJson as Me,
  PersonaJson as Persona,
} from '../../../api/contract/people.js';
