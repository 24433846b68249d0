import type { DepartmentReportState, MilestoneKind, MilestoneStatus } from '../../../api/domain/cycle/index.js';

/** A milestone as GET /api/cycles/{year} answers it. */
export interface MilestoneJson {
  id: string;
  kind: MilestoneKind;
  sequence?: number;
  title: string;
  titleEn: string;
  description: string;
  descriptionEn: string;
  due: string;
  nominalDue: string;
  adjustedFrom?: { date: string; reason: string; reasonEn: string };
  setByHand: boolean;
  moved?: { by: string; byName: string; at: string; reason: string | null; from: string };
  status: MilestoneStatus;
  responsible: string;
  responsibleEn: string;
  completion?: { doneAt: string; decisionParagraph: string | null; note: string | null; markedByName: string };
  departments?: { departmentId: string; name: string; state: DepartmentReportState; submittedAt: string | null }[];
}

export interface CycleJson {
  year: number;
  today: string;
  municipality: { name: string; slug: string };
  milestones: MilestoneJson[];
}
