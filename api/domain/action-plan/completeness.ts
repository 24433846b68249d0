import type { PlanAction } from '../action.js';
import type { PlanParts } from './parts.js';

/** One thing that keeps the plan from being ready, with where it is (for the tab to point at). */
export interface MissingItem {
  field: string;
  sv: string;
  en: string;
}

/**
 * What the plan still lacks before it can go to KS: every part has content, and every action has a
 * responsible department or actor, an indicator to follow it up by, and the cause it answers – a problem or
 * a protective factor of part 1 (Brå's model: each action is tied to what the lägesbild showed).
 */
export function missingForDecision(
  parts: PlanParts,
  actions: readonly Pick<
    PlanAction,
    'title' | 'part' | 'departmentId' | 'actorId' | 'indicator' | 'problemIds' | 'factorIds'
  >[],
): MissingItem[] {
  const missing: MissingItem[] = [];
  const add = (field: string, sv: string, en: string) => missing.push({ field, sv, en });
  if (parts[1].problems.length === 0)
    add('parts.1.problems', 'Del 1 saknar problembild.', 'Part 1 has no problem picture.');
  if (parts[1].factors.length === 0)
    add('parts.1.factors', 'Del 1 saknar skyddsfaktorer.', 'Part 1 has no protective factors.');
  parts[1].factors.forEach((factor, index) => {
    if (!factor.continuousWork)
      add(
        `parts.1.factors.${index}.continuousWork`,
        `Del 1: skyddsfaktorn ”${factor.title}” saknar hur kommunen arbetar med den.`,
        `Part 1: the protective factor “${factor.title}” lacks how the municipality works with it.`,
      );
  });
  if (parts[2].signs.length === 0)
    add('parts.2.signs', 'Del 2 saknar tidiga varningstecken.', 'Part 2 has no early warning signs.');
  parts[2].signs.forEach((sign, index) => {
    if (!sign.response)
      add(
        `parts.2.signs.${index}.response`,
        `Del 2: varningstecknet ”${sign.sign}” saknar vad som görs.`,
        `Part 2: the warning sign “${sign.sign}” lacks what is done.`,
      );
  });
  if (parts[3].coordinations.length === 0)
    add(
      'parts.3.coordinations',
      'Del 3 saknar samordning när brott har begåtts.',
      'Part 3 has no coordination for when a crime has occurred.',
    );
  if (!actions.some((action) => action.part === 4))
    add(
      'actions.part4',
      'Del 4 saknar åtgärder från strategiska rådet.',
      'Part 4 has no actions from the strategic council.',
    );
  actions.forEach((action) => {
    if (!action.departmentId && !action.actorId)
      add(
        'actions.responsible',
        `Åtgärden ”${action.title}” saknar ansvarig.`,
        `The action “${action.title}” has no one responsible.`,
      );
    if (!action.indicator)
      add(
        'actions.indicator',
        `Åtgärden ”${action.title}” saknar indikator.`,
        `The action “${action.title}” has no indicator.`,
      );
    const causes = [
      ...action.problemIds.filter((id) => parts[1].problems.some((p) => p.id === id)),
      ...action.factorIds.filter((id) => parts[1].factors.some((f) => f.id === id)),
    ];
    if (causes.length === 0) {
      add(
        'actions.causes',
        `Åtgärden ”${action.title}” är inte kopplad till något problem eller någon skyddsfaktor i del 1.`,
        `The action “${action.title}” is not tied to any problem or protective factor of part 1.`,
      );
    }
  });
  return missing;
}
