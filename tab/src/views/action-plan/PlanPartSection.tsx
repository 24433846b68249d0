import { MessageBar, MessageBarActions, MessageBarBody, Subtitle2 } from '@fluentui/react-components';
import { partTitles, type PartNumber } from '../../../../api/domain/action-plan/parts.js';
import type { ApiError } from '../../api/client.js';
import { usePlanStep } from '../../api/resources/action-plans.js';
import { pick, useLanguage, useTexts } from '../../i18n/language.js';
import { HistoryButton } from '../common/HistoryButton.js';
import { ActionsList } from './ActionsList.js';
import { CouncilOffers } from './CouncilOffers.js';
import { PartEditor } from './PartEditor.js';
import { PartRead } from './PartRead.js';
import { usePartStyles } from './part-styles.js';
import type { ActionJson, Named, PlanJson } from './plan-types.js';
import { ActionButton } from '../common/ActionButton.js';

interface Props {
  plan: PlanJson;
  part: PartNumber;
  /** The plan's text may be changed (a draft, by the säkerhetschef). */
  editable: boolean;
  departments: Named[];
  actors: Named[];
  mayFollowUp: (action: ActionJson) => boolean;
  onEdit: (action: ActionJson | undefined) => void;
  onError: (error: ApiError | undefined) => void;
}

/** One of the plan's four parts: its text (written, or read as the document), and its actions. */
export function PlanPartSection({ plan, part, editable, departments, actors, mayFollowUp, onEdit, onError }: Props) {
  const t = useTexts().actionPlan;
  const language = useLanguage();
  const styles = usePartStyles();
  const planStep = usePlanStep(plan.year);
  const { year } = plan;
  const content = plan.parts[part];
  const markReviewed = () =>
    planStep
      .mutateAsync({ method: 'POST', path: `/api/action-plans/${year}/parts/${part}/reviewed`, etag: content.etag })
      .catch((e: ApiError) => onError(e));

  return (
    <section className={styles.part} aria-labelledby={`part-${part}`}>
      <div className={styles.partHeading}>
        <Subtitle2 as="h3" id={`part-${part}`}>
          {pick(language, partTitles[part])}
        </Subtitle2>
        {content.id && (
          <HistoryButton kind="planPart" id={content.id} what={t.partName(pick(language, partTitles[part]))} />
        )}
      </div>
      {editable && content.needsReview && (
        <MessageBar intent="warning">
          <MessageBarBody>{t.copiedNotReviewed(plan.plan.copiedFromYear)}</MessageBarBody>
          <MessageBarActions>
            <ActionButton onAction={markReviewed}>{t.markReviewed}</ActionButton>
          </MessageBarActions>
        </MessageBar>
      )}
      {editable ? (
        <PartEditor
          key={content.needsReview ? 'copied' : 'reviewed'}
          year={year}
          part={part}
          initial={content}
          departments={departments}
          actors={actors}
        />
      ) : (
        <PartRead year={year} part={part} content={content.content} departments={departments} actors={actors} />
      )}
      {part === 4 && editable && <CouncilOffers year={year} onError={onError} />}
      <ActionsList
        year={year}
        part={part}
        actions={plan.actions.filter((action) => action.part === part)}
        part1={plan.parts[1].content}
        departments={departments}
        actors={actors}
        editable={editable}
        mayFollowUp={mayFollowUp}
        onEdit={onEdit}
        onError={onError}
      />
    </section>
  );
}
