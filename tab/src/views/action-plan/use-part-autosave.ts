import { useCallback } from 'react';
import type { PartNumber, PlanParts } from '../../../../api/domain/action-plan/parts.js';
import { useSession } from '../../session.js';
import { useAutosave } from '../common/use-autosave.js';
import type { PlanJson } from './plan-types.js';

/** One part of the plan, saved as it is written; the plan's new state goes to the caller. */
export function usePartAutosave<P extends PartNumber>(year: number, part: P, initial: { content: PlanParts[P]; etag: string }, onSaved: (plan: PlanJson) => void) {
  const { api } = useSession();
  const save = useCallback(
    async (content: PlanParts[P], etag: string) => {
      const plan = await api.request<PlanJson>(`/api/action-plans/${year}/parts/${part}`, { method: 'PUT', body: content, ifMatch: etag });
      onSaved(plan);
      return plan.parts[part].etag;
    },
    [api, year, part, onSaved],
  );
  const theirsOf = useCallback((current: unknown) => {
    const item = current as { content: PlanParts[P]; etag: string };
    return { value: item.content, etag: item.etag };
  }, []);
  const autosave = useAutosave({ value: initial.content, etag: initial.etag }, save, theirsOf);
  return { ...autosave, content: autosave.value, theirs: autosave.theirs && { content: autosave.theirs.value, etag: autosave.theirs.etag } };
}
