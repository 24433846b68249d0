import type { MissingItem } from '../domain/action-plan/completeness.js';
import { type ActionPlanRecord, type PlanStatus, planStatusTitles } from '../domain/action-plan/plan.js';
import { DomainError, FieldRefused, NotFound } from '../domain/errors/domain-error.js';
import { shownInput } from '../domain/text-policy.js';

export class PlanNotFound extends NotFound {
  constructor(readonly year: number) {
    super({ sv: `Åtgärdsplanen för ${year}`, en: `The action plan for ${year}` });
  }
}

export class ActionNotFound extends NotFound {
  constructor(year: number, id: string) {
    super({ sv: `Åtgärden ${id} i planen för ${year}`, en: `The action ${id} of the ${year} plan` });
  }
}

export class PlanExists extends DomainError {
  constructor(year: number) {
    super('plan_exists', {
      sv: `Det finns redan en åtgärdsplan för ${year}.`,
      en: `There already is an action plan for ${year}.`,
    });
  }
}

export class PlanLocked extends DomainError {
  constructor(readonly plan: ActionPlanRecord) {
    const decision = plan.decision;
    const when = decision ? ` (KS ${decision.meetingDate}, ${decision.paragraph})` : '';
    super('plan_decided', {
      sv: `Åtgärdsplanen för ${plan.year} är beslutad${when} och kan inte ändras. Skapa en ny version av planen för att ändra den.`,
      en: `The action plan for ${plan.year} is decided${when} and cannot be changed. Create a new version of the plan to change it.`,
    });
  }
}

export class PlanIncomplete extends DomainError {
  constructor(readonly missing: MissingItem[]) {
    super(
      'plan_incomplete',
      {
        sv: `Planen är inte klar för beslut: ${missing.length} saker saknas.`,
        en: `The plan is not ready for decision: ${missing.length} things are missing.`,
      },
      { issues: missing.map((m) => ({ field: m.field, message: m.sv, messageEn: m.en })) },
    );
  }
}

export class WrongPlanStatus extends DomainError {
  constructor(status: PlanStatus, expected: PlanStatus[]) {
    const title = (s: PlanStatus, language: 'sv' | 'en') => planStatusTitles[s][language].toLowerCase();
    super('plan_status', {
      sv: `Planen är ${title(status, 'sv')}; det går bara när den är ${expected.map((s) => title(s, 'sv')).join(' eller ')}.`,
      en: `The plan is ${title(status, 'en')}; this is only possible when it is ${expected.map((s) => title(s, 'en')).join(' or ')}.`,
    });
  }
}

/** A reference in an action that does not exist: the field it is in, and what it named. */
export class UnknownReference extends FieldRefused {
  constructor(field: string, value: string) {
    super(field, `${shownInput(value)} finns inte`, `${shownInput(value)} does not exist`);
  }
}
