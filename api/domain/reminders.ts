import { agreementWarningDays } from './agreement.js';
import { addDays, type IsoDate } from './cycle/calendar.js';
import type { Milestone } from './cycle/build-cycle.js';
import type { DepartmentReportCompletion } from './cycle/status.js';

/** One message to one person about one milestone at one offset: the unit that is sent exactly once. */
export interface PlannedReminder {
  /** (cycle, milestone, recipient, offset): the log's unique key. */
  key: string;
  milestoneId: string;
  recipientId: string;
  offsetDays: number;
  kind: 'reminder' | 'escalation';
  /** For escalations: the departments that are late. */
  lateDepartments: string[];
  /** For a head: the department the reminder is about. */
  departmentName: string | null;
  /** For an agreement about to run out: which one. */
  agreement?: AgreementToRemind;
}

export interface AgreementToRemind {
  id: string;
  actorName: string;
  title: string;
  validUntil: IsoDate;
}

export interface ReminderRecipients {
  securityChiefIds: string[];
  departments: { id: string; name: string; headId: string | null }[];
}

/** Reminders that were due while the service was down are still sent within this many days, not later. */
export const catchUpDays = 2;

export function reminderKey(milestoneId: string, recipientId: string, offsetDays: number): string {
  return `${milestoneId}|${recipientId}|${offsetDays}`;
}

/**
 * What should have gone out by today: each offset of each milestone whose send day has come (and is at most
 * catchUpDays old). Department heads get the department-report reminders until their department has
 * submitted; after the deadline the säkerhetschef gets an escalation naming who is late. Other milestones
 * remind the säkerhetschef, who also collects the actors' material.
 */
export function plannedReminders(
  milestones: Milestone[],
  today: IsoDate,
  recipients: ReminderRecipients,
  reportCompletion: DepartmentReportCompletion | undefined,
  /** How late a reminder may still go out; Infinity lists every reminder whose day has come. */
  lateness = catchUpDays,
): PlannedReminder[] {
  const planned: PlannedReminder[] = [];
  for (const milestone of milestones) {
    for (const offset of milestone.reminderOffsetsDays) {
      const sendOn = addDays(milestone.due, -offset);
      if (today < sendOn || (Number.isFinite(lateness) && today > addDays(sendOn, lateness))) continue;
      if (milestone.kind === 'department-report') {
        const notSubmitted = (reportCompletion?.departments ?? []).filter((d) => d.state !== 'submitted');
        for (const row of notSubmitted) {
          const head = recipients.departments.find((d) => d.id === row.departmentId)?.headId;
          if (head) planned.push(plan(milestone.id, head, offset, 'reminder', [], row.name));
        }
        if (offset < 0 && notSubmitted.length > 0) {
          for (const chief of recipients.securityChiefIds) {
            planned.push(
              plan(
                milestone.id,
                chief,
                offset,
                'escalation',
                notSubmitted.map((d) => d.name),
                null,
              ),
            );
          }
        }
      } else {
        for (const chief of recipients.securityChiefIds)
          planned.push(plan(milestone.id, chief, offset, 'reminder', [], null));
      }
    }
  }
  return planned;
}

function plan(
  milestoneId: string,
  recipientId: string,
  offsetDays: number,
  kind: PlannedReminder['kind'],
  lateDepartments: string[],
  departmentName: string | null,
): PlannedReminder {
  return {
    key: reminderKey(milestoneId, recipientId, offsetDays),
    milestoneId,
    recipientId,
    offsetDays,
    kind,
    lateDepartments,
    departmentName,
  };
}

/**
 * The säkerhetschef hears once per agreement and end date, from the day it comes within the warning window
 * until it has run out, so an agreement recorded late or a service that was down still gets its reminder.
 */
export function plannedAgreementReminders(
  agreements: readonly AgreementToRemind[],
  today: IsoDate,
  securityChiefIds: readonly string[],
): PlannedReminder[] {
  return agreements
    .filter(
      (agreement) => addDays(agreement.validUntil, -agreementWarningDays) <= today && today <= agreement.validUntil,
    )
    .flatMap((agreement) =>
      securityChiefIds.map((chief) => {
        const milestoneId = `agreement-${agreement.id}-${agreement.validUntil}`;
        return {
          key: reminderKey(milestoneId, chief, agreementWarningDays),
          milestoneId,
          recipientId: chief,
          offsetDays: agreementWarningDays,
          kind: 'reminder' as const,
          lateDepartments: [],
          departmentName: null,
          agreement,
        };
      }),
    );
}
