import { useState } from 'react';

/** Read and written apart, so a browser that refuses storage in a frame (a blocked third-party context) still works. */
function stored<T>(key: string): T | undefined {
  try {
    const text = sessionStorage.getItem(key);
    return text === null ? undefined : (JSON.parse(text) as T);
  } catch {
    return undefined;
  }
}

function store(key: string, value: unknown): void {
  try {
    if (value === undefined) sessionStorage.removeItem(key);
    else sessionStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Kept in the page only: the draft is lost on leaving, as it was before.
  }
}

/**
 * State that outlives leaving the view: unsaved edits are kept in the tab's session (not on the service, and
 * gone when Teams closes), so going to another area and back loses nothing. Clear it (undefined) once saved.
 * `key` names the thing edited, with a version so an older draft's shape is never read by a newer release.
 */
export function useSessionDraft<T>(key: string): [T | undefined, (value: T | undefined) => void] {
  const [value, setValue] = useState<T | undefined>(() => stored<T>(key));
  const set = (next: T | undefined) => {
    setValue(next);
    store(key, next);
  };
  return [value, set];
}
