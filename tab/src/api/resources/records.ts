import type { QueryKey } from '@tanstack/react-query';
import type { DocumentInfoBody, RegistrationBody } from '../../../../api/contract/documents.js';
import type { RecordsPlanJson } from '../../../../api/contract/records.js';
import { useChange } from '../use-change.js';
import { useResource } from '../use-resource.js';

export const recordsKeys = {
  plan: ['records', 'plan'] as const,
  document: (library: string, path: string) => ['records', 'document', library, path] as const,
};

export const registrationPath = (document: Pick<DocumentInfoBody, 'library' | 'path'>) =>
  `/api/records/documents?${new URLSearchParams({ library: document.library, path: document.path }).toString()}`;

/** The dokumenthanteringsplan (Inställningar): each document kind's type, secrecy and retention. */
export const useRecordsPlan = () => useResource<RecordsPlanJson>(recordsKeys.plan, '/api/records/plan');

export const useSaveRecordsPlan = () => useChange<RecordsPlanJson>([recordsKeys.plan]);

/** One stored document with its registration, read when `enabled` (the dialog that shows it is open). */
export const useRegistration = (document: Pick<DocumentInfoBody, 'library' | 'path'>, enabled: boolean) =>
  useResource<DocumentInfoBody>(
    recordsKeys.document(document.library, document.path),
    enabled ? registrationPath(document) : undefined,
  );

/** Registers one document; `touches` are the reads that show it, read again with its new registration. */
export const useRegisterDocument = (touches: readonly QueryKey[]) => useChange<DocumentInfoBody>(touches);

export type { RegistrationBody };
