import type { AgendaItem } from '../../../../api/domain/council/agenda.js';
import type { Minutes } from '../../../../api/domain/council/minutes.js';
import type { DocumentInfoBody } from '../../../../api/contract/documents.js';

export type { AgendaItem, Minutes };
// The council routes' answers, as their response schemas say.
export type { AgendaJson, AgreementJson, CommitmentWithResultJson, CouncilJson, MaterialJson } from '../../../../api/contract/council.js';
export type DocumentJson = DocumentInfoBody;

/** The parts of GET /api/actors and /api/departments the council's views use. */
export interface ActorJson {
  id: string;
  name: string;
  councilParticipant: boolean;
}

export interface DepartmentJson {
  id: string;
  name: string;
}

/** Row ids the API accepts for decisions, commitments and added agenda items. */
export const newRowId = () => crypto.randomUUID().replaceAll('-', '').slice(0, 20);
