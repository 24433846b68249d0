import type { ActionProgress } from '../department-report.js';

/**
 * Brå's traffic lights for following up an action: green on track or done, yellow delayed, red not started
 * or stopped. An action not yet due to start is on track; one still going after its end is delayed. The
 * colour is never shown alone: its word goes beside it.
 */
export type TrafficLight = 'green' | 'yellow' | 'red';

export const trafficLightTitles: Record<TrafficLight, { sv: string; en: string }> = {
  green: { sv: 'I fas', en: 'On track' },
  yellow: { sv: 'Försenad', en: 'Delayed' },
  red: { sv: 'Inte startad eller stoppad', en: 'Not started or stopped' },
};

export function trafficLightOf(
  status: ActionProgress,
  dates: { start: string | null; end: string | null },
  today: string,
): TrafficLight {
  switch (status) {
    case 'done':
      return 'green';
    case 'inProgress':
      return dates.end !== null && dates.end < today ? 'yellow' : 'green';
    case 'notStarted':
      return dates.start !== null && dates.start > today ? 'green' : 'red';
    case 'cancelled':
      return 'red';
  }
}
