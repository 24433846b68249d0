import type { AgreementJson } from '../../../../api/contract/council.js';
import { useChange } from '../use-change.js';
import { useResource } from '../use-resource.js';
import { useFileUpload } from './file-uploads.js';

export const agreementKeys = { all: ['agreements'] as const };

/** The written cooperation agreements, the one running out first on top. */
export const useAgreements = () => useResource<{ agreements: AgreementJson[] }>(agreementKeys.all, '/api/agreements');

/** Records, changes (with the ETag read) or removes an agreement. */
export const useChangeAgreement = () => useChange<AgreementJson>([agreementKeys.all]);

/** Sends an agreement's signed document; answers the agreement with it. */
export const useUploadAgreementDocument = (id: string) =>
  useFileUpload<AgreementJson>(`/api/agreements/${id}/document`, [agreementKeys.all]);
