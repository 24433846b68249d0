/** Every rule that depends on "now" takes a Clock, so tests and demos can fix the date. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export function fixedClock(at: Date | string): Clock {
  const instant = new Date(at);
  if (Number.isNaN(instant.getTime())) throw new Error(`Invalid fixed clock instant: ${String(at)}`);
  return { now: () => new Date(instant) };
}
