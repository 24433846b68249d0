/** Work that pauses in steps (a generator yielding between them), run to its end without pausing. */
export function atOnce<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
