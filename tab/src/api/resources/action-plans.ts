import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { ActionJson, PlanJson } from '../../../../api/contract/action-plans.js';
import type { DocumentInfoBody } from '../../../../api/contract/documents.js';
import type { PartNumber, PlanParts } from '../../../../api/domain/action-plan/parts.js';
import { useChange } from '../use-change.js';
import { useResource } from '../use-resource.js';

export const actionPlanKeys = {
  all: ['action-plans'] as const,
  year: (year: number) => ['action-plans', year] as const,
};

/** The year's action plan: its four parts, actions, workflow and follow-up. A year without a plan answers 404. */
export const useActionPlan = (year: number | undefined) =>
  useResource<PlanJson>(
    year === undefined ? actionPlanKeys.all : actionPlanKeys.year(year),
    year === undefined ? undefined : `/api/action-plans/${year}`,
  );

/** Starts the year's plan, empty or as a copy of another year's; answers the plan. */
export const useCreatePlan = (year: number) => useChange<PlanJson>([actionPlanKeys.year(year)]);

/** A step of the plan's workflow (ready, decision, back to draft, followed up, new version) or a part marked reviewed; answers the plan. */
export const usePlanStep = (year: number) => useChange<PlanJson>([actionPlanKeys.year(year)]);

/** Adds, changes, sets the status of or removes one of the plan's actions. */
export const useActionChange = (year: number) => useChange<ActionJson>([actionPlanKeys.year(year)]);

/** Saves the plan as a Word document for the KS; answers the document's new version. */
export const useSavePlanDocument = (year: number) => useChange<DocumentInfoBody>([actionPlanKeys.year(year)]);

/**
 * Writes one part with the ETag it was read with and answers the part's new ETag. The answer is the whole
 * plan, so it goes into the plan's cache as it is and nothing is read again; a refused write changes nothing
 * on screen, so the person's text and the refusal (or the other version, on 412) stay until they choose.
 */
export function useSavePlanPart<P extends PartNumber>(year: number, part: P) {
  const client = useQueryClient();
  const { mutateAsync } = useChange<PlanJson>([]);
  return useCallback(
    async (content: PlanParts[P], etag: string) => {
      const plan = await mutateAsync({
        method: 'PUT',
        path: `/api/action-plans/${year}/parts/${part}`,
        body: content,
        etag,
      });
      client.setQueryData(actionPlanKeys.year(year), plan);
      return plan.parts[part].etag;
    },
    [mutateAsync, client, year, part],
  );
}
