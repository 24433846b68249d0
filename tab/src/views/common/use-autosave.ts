import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../api/client.js';

export type SaveState = 'idle' | 'saving' | 'saved' | 'failed' | 'conflict';

const delayMs = 800;

/**
 * A value saved a moment after the last change, with the ETag it was read with. When someone else saved
 * first, nothing is overwritten: the caller gets both versions and the person decides.
 */
export function useAutosave<T>(
  initial: { value: T; etag: string },
  save: (value: T, etag: string) => Promise<string>,
  theirsOf: (current: unknown) => { value: T; etag: string },
) {
  const [value, setValue] = useState(initial.value);
  const [state, setState] = useState<SaveState>('idle');
  const [error, setError] = useState<ApiError>();
  const [theirs, setTheirs] = useState<{ value: T; etag: string }>();
  const etag = useRef(initial.etag);
  const pending = useRef<ReturnType<typeof setTimeout>>(undefined);

  const saveNow = useCallback(
    async (next: T) => {
      setState('saving');
      try {
        etag.current = await save(next, etag.current);
        setError(undefined);
        setState('saved');
      } catch (e) {
        const failure = e instanceof ApiError ? e : undefined;
        setError(failure);
        if (failure?.status === 412 && failure.current) {
          setTheirs(theirsOf(failure.current));
          setState('conflict');
        } else setState('failed');
      }
    },
    [save, theirsOf],
  );

  useEffect(() => () => clearTimeout(pending.current), []);

  const change = (next: T) => {
    setValue(next);
    if (state === 'conflict') return; // nothing is saved until the person has chosen a version
    clearTimeout(pending.current);
    pending.current = setTimeout(() => void saveNow(next), delayMs);
  };
  const keepMine = () => {
    if (!theirs) return;
    etag.current = theirs.etag;
    setTheirs(undefined);
    void saveNow(value);
  };
  const useTheirs = () => {
    if (!theirs) return;
    etag.current = theirs.etag;
    setValue(theirs.value);
    setTheirs(undefined);
    setError(undefined);
    setState('idle');
  };

  return { value, change, state, error, theirs, keepMine, useTheirs };
}
