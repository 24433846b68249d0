import { useCallback } from 'react';
import type { PartNumber, PlanParts } from '../../../../api/domain/action-plan/parts.js';
import { useSavePlanPart } from '../../api/resources/action-plans.js';
import { useAutosave } from '../common/use-autosave.js';

/** One part of the plan, saved as it is written; the plan's new state goes into its cache. */
export function usePartAutosave<P extends PartNumber>(
  year: number,
  part: P,
  initial: { content: PlanParts[P]; etag: string },
) {
  const save = useSavePlanPart(year, part);
  const theirsOf = useCallback((current: unknown) => {
    const item = current as { content: PlanParts[P]; etag: string };
    return { value: item.content, etag: item.etag };
  }, []);
  const autosave = useAutosave({ value: initial.content, etag: initial.etag }, save, theirsOf);
  return {
    ...autosave,
    content: autosave.value,
    theirs: autosave.theirs && { content: autosave.theirs.value, etag: autosave.theirs.etag },
  };
}
