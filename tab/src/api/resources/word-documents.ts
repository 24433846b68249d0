import type { QueryKey } from '@tanstack/react-query';
import type { DocumentInfoBody, PeriodDocumentSavedBody } from '../../../../api/contract/documents.js';
import { useChange } from '../use-change.js';

/**
 * Saves a Word document (a new version each time) at a document route (POST to the path the document is
 * downloaded from); answers the new version, and for a period's document whether its milestone was marked done.
 * `touches` are the reads that show the document's version.
 */
export const useSaveWordDocument = (touches: readonly QueryKey[]) =>
  useChange<DocumentInfoBody & Partial<Pick<PeriodDocumentSavedBody, 'milestoneDone'>>>(touches);
