import type { AgendaItem } from '../../../../api/domain/council/agenda.js';
import type { Minutes } from '../../../../api/domain/council/minutes.js';
import type { DocumentInfoBody } from '../../../../api/contract/documents.js';
import type {
  ActorJson as OrganisationActorJson,
  DepartmentJson as OrganisationDepartmentJson,
} from '../../../../api/contract/organisation.js';

export type { AgendaItem, Minutes };
// The council routes' answers, as their response schemas say.
export type {
  AgendaJson,
  AgreementJson,
  CommitmentWithResultJson,
  CouncilJson,
  MaterialJson,
} from '../../../../api/contract/council.js';
export type DocumentJson = DocumentInfoBody;

/** The parts of GET /api/actors and /api/departments the council's views use. */
export type ActorJson = Pick<OrganisationActorJson, 'id' | 'name' | 'councilParticipant'>;
export type DepartmentJson = Pick<OrganisationDepartmentJson, 'id' | 'name'>;

/** Row ids the API accepts for decisions, commitments and added agenda items. */
export const newRowId = () => crypto.randomUUID().replaceAll('-', '').slice(0, 20);
