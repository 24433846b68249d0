import type { TrafficLight } from '../action-plan/traffic-light.js';
import { textLimits } from '../text-limits.js';
import { z } from 'zod';
import type { ActionProgress } from '../department-report.js';
import type { PlanStatus } from '../action-plan/plan.js';
import { freeText } from '../personal-data.js';

/** The one part of the report to kommunfullmäktige that is written rather than gathered. */
export const coordinationTextSchema = z.object({ coordination: freeText(textLimits.document) });

/** Everything the report gathers for year N, by April N+1; each part null when that step of the year is missing. */
// A type, not an interface: it is answered as a JSON record, which an interface cannot be assigned to.
export type MunicipalCouncilReportMaterial = {
  year: number;
  municipality: string;
  annual: { sections: { title: string; text: string }[]; total: number; newPhenomena: number } | null;
  plan: {
    status: PlanStatus;
    decision: { meetingDate: string; paragraph: string } | null;
    counts: Record<ActionProgress, number>;
    actions: {
      part: number;
      title: string;
      responsible: string;
      status: ActionProgress;
      light: TrafficLight;
      comment: string;
    }[];
  } | null;
  /** The plan for N+1, decided in March N+1 from this year's work, when it exists. */
  nextPlan: { status: PlanStatus; decision: { meetingDate: string; paragraph: string } | null } | null;
  departmentReports: { submitted: number; departments: number };
  council: {
    date: string | null;
    invited: number;
    materialReceived: number;
    decisions: string[];
    commitments: { who: string; what: string; byWhen: string | null }[];
  } | null;
  agreements: { actor: string; title: string; validUntil: string | null }[];
  coordination: string;
};

/** What is missing for a complete report; the report can still be made, saying so. */
export function missingParts(
  material: MunicipalCouncilReportMaterial,
): ('annual' | 'plan' | 'council' | 'coordination')[] {
  const missing: ('annual' | 'plan' | 'council' | 'coordination')[] = [];
  if (!material.annual || material.annual.sections.every((s) => s.text.trim() === '')) missing.push('annual');
  if (!material.plan) missing.push('plan');
  if (!material.council || (material.council.decisions.length === 0 && material.council.commitments.length === 0))
    missing.push('council');
  if (material.coordination.trim() === '') missing.push('coordination');
  return missing;
}
