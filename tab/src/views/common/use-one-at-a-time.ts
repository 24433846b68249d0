import { useRef, useState } from 'react';

/**
 * One request at a time from a button or a form: while the work `run` started is on its way (it answered a
 * promise), another run does nothing, so a double click or a second Enter sends one request. `busy` is for
 * the button to say so. The work shows its own refusal; what it throws anyway is not run again.
 */
export function useOneAtATime(): { busy: boolean; run: (work: () => unknown) => void } {
  // A ref, not only state: a second click can come before React has drawn the first one's busy button.
  const running = useRef(false);
  const [busy, setBusy] = useState(false);
  const run = (work: () => unknown) => {
    if (running.current) return;
    const answer = work();
    if (!(answer instanceof Promise)) return;
    running.current = true;
    setBusy(true);
    void answer
      .catch(() => undefined)
      .finally(() => {
        running.current = false;
        setBusy(false);
      });
  };
  return { busy, run };
}
