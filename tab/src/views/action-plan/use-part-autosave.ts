import { useCallback, useEffect, useRef, useState } from 'react';
import type { PartNumber, PlanParts } from '../../../../api/domain/action-plan/parts.js';
import { ApiError } from '../../api/client.js';
import { useSession } from '../../session.js';
import type { PlanJson } from './plan-types.js';

export type SaveState = 'idle' | 'saving' | 'saved' | 'failed' | 'conflict';

const delayMs = 800;

/**
 * One part of the plan, saved a moment after the last keystroke with the ETag it was read with. When someone
 * else saved first, nothing is overwritten: the caller gets both versions and decides.
 */
export function usePartAutosave<P extends PartNumber>(year: number, part: P, initial: { content: PlanParts[P]; etag: string }, onSaved: (plan: PlanJson) => void) {
  const { api } = useSession();
  const [content, setContent] = useState(initial.content);
  const [state, setState] = useState<SaveState>('idle');
  const [error, setError] = useState<ApiError>();
  const [theirs, setTheirs] = useState<{ content: PlanParts[P]; etag: string }>();
  const etag = useRef(initial.etag);
  const pending = useRef<ReturnType<typeof setTimeout>>(undefined);

  const save = useCallback(
    async (next: PlanParts[P]) => {
      setState('saving');
      try {
        const plan = await api.request<PlanJson>(`/api/action-plans/${year}/parts/${part}`, { method: 'PUT', body: next, ifMatch: etag.current });
        etag.current = plan.parts[part].etag;
        setError(undefined);
        setState('saved');
        onSaved(plan);
      } catch (e) {
        const failure = e instanceof ApiError ? e : undefined;
        setError(failure);
        if (failure?.status === 412 && failure.current) {
          const current = failure.current as { content: PlanParts[P]; etag: string };
          setTheirs({ content: current.content, etag: current.etag });
          setState('conflict');
        } else setState('failed');
      }
    },
    [api, year, part, onSaved],
  );

  useEffect(() => () => clearTimeout(pending.current), []);

  const change = (next: PlanParts[P]) => {
    setContent(next);
    if (state === 'conflict') return; // nothing is saved until the person has chosen a version
    clearTimeout(pending.current);
    pending.current = setTimeout(() => void save(next), delayMs);
  };

  const keepMine = () => {
    if (!theirs) return;
    etag.current = theirs.etag;
    setTheirs(undefined);
    void save(content);
  };
  const useTheirs = () => {
    if (!theirs) return;
    etag.current = theirs.etag;
    setContent(theirs.content);
    setTheirs(undefined);
    setError(undefined);
    setState('idle');
  };

  return { content, change, state, error, theirs, keepMine, useTheirs };
}
