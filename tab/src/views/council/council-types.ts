import type { AgendaItem } from '../../../../api/domain/council/agenda.js';
import type { Minutes } from '../../../../api/domain/council/minutes.js';
import type { AgreementState } from '../../../../api/domain/agreement.js';
import type { CommitmentOutcome } from '../../../../api/domain/council/commitment-result.js';
import type { AnnualSectionId } from '../../../../api/domain/situation/annual-sections.js';

export type { AgendaItem, Minutes };

export interface DocumentJson {
  version: string;
  modifiedAt: string;
  path: string;
}

export interface MaterialJson {
  id: string;
  etag: string;
  actorId: string;
  actorName: string;
  receivedOn: string | null;
  note: string;
  documentPath: string | null;
  /** Written in the tab under the annual lägesbild's headings, when no file was sent. */
  written: Partial<Record<AnnualSectionId, string>> | null;
}

export interface CouncilJson {
  year: number;
  planned: boolean;
  id: string | null;
  etag: string | null;
  date: string | null;
  requestDue: string | null;
  preparationDue: string | null;
  place: string;
  invitedActorIds: string[];
  materials: MaterialJson[];
  preparation: { notes: string; done: boolean };
  minutes: Minutes | null;
  documents: { agenda: DocumentJson | null; minutes: DocumentJson | null };
}

/** GET /api/councils/{year}/commitments: a commitment of the minutes with what became of it. */
export interface CommitmentWithResultJson {
  id: string;
  who: string;
  actorId: string | null;
  departmentId: string | null;
  what: string;
  byWhen: string | null;
  result: { outcome: CommitmentOutcome; text: string; reportedBy: string; reportedOn: string } | null;
  mayReport: boolean;
}

export interface AgendaJson {
  year: number;
  items: AgendaItem[];
  saved: boolean;
  etag: string | null;
}

export interface ActorJson {
  id: string;
  name: string;
  councilParticipant: boolean;
}

export interface DepartmentJson {
  id: string;
  name: string;
}

export interface AgreementJson {
  id: string;
  etag: string;
  actorId: string;
  actorName: string;
  title: string;
  signedOn: string;
  validUntil: string | null;
  note: string;
  documentPath: string | null;
  state: AgreementState;
}

/** Row ids the API accepts for decisions, commitments and added agenda items. */
export const newRowId = () => crypto.randomUUID().replaceAll('-', '').slice(0, 20);
