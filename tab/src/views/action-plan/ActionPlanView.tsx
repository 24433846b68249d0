import { Body1, makeStyles, Spinner, Subtitle1, Subtitle2, Text, tokens } from '@fluentui/react-components';
import { ChevronLeftRegular, ChevronRightRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { partNumbers, type PartNumber } from '../../../../api/domain/action-plan/parts.js';
import type { ApiError } from '../../api/client.js';
import { useActionPlan, useCreatePlan } from '../../api/resources/action-plans.js';
import { useCurrentCycle } from '../../api/resources/cycles.js';
import { useActors, useDepartments } from '../../api/resources/organisation.js';
import { useTexts } from '../../i18n/language.js';
import { useSubRoute } from '../../navigation/use-route.js';
import { useSession } from '../../session.js';
import { ErrorMessage } from '../common/ErrorMessage.js';
import { IconButton } from '../common/IconButton.js';
import { ActionDialog } from './ActionDialog.js';
import { FollowUpSummary } from './FollowUpSummary.js';
import { PlanPartSection } from './PlanPartSection.js';
import { usePartStyles } from './part-styles.js';
import type { ActionJson } from './plan-types.js';
import { WorkflowPanel } from './WorkflowPanel.js';
import { servedYearOf } from '../../../../api/domain/served-years.js';
import { ActionButton } from '../common/ActionButton.js';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '64rem' },
  years: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

/** The year's action plan: its four parts and actions, the way to the KS decision, and the follow-up. */
export function ActionPlanView() {
  const texts = useTexts();
  const t = texts.actionPlan;
  const styles = useStyles();
  const partStyles = usePartStyles();
  const { me } = useSession();
  const [[yearSegment], go] = useSubRoute();
  const current = useCurrentCycle();
  const year = servedYearOf(yearSegment) ?? current.data?.year;
  const canWrite = me.roles.includes('SecurityChief');
  const planRead = useActionPlan(year);
  const notFound = planRead.error?.status === 404;
  // With no plan for the year, the säkerhetschef may start from the year before's, if there is one.
  const previous = useActionPlan(canWrite && notFound && year !== undefined ? year - 1 : undefined);
  const departments = useDepartments();
  const actors = useActors();
  const createPlan = useCreatePlan(year ?? 0);
  const [writeError, setWriteError] = useState<ApiError>();
  const [editing, setEditing] = useState<{ part: PartNumber; action?: ActionJson; open: boolean; key: number }>();
  const error =
    writeError ??
    (notFound ? undefined : planRead.error) ??
    departments.error ??
    actors.error ??
    current.error ??
    undefined;

  const plan = planRead.data;
  const noPlan = notFound && (!canWrite || !previous.isPending);
  if (year === undefined || (!plan && !noPlan) || !departments.data || !actors.data)
    return error ? <ErrorMessage error={error} /> : <Spinner label={texts.loading} />;
  const people = { departments: departments.data.departments, actors: actors.data.actors };

  const create = async (copyFromYear: number | null) => {
    try {
      await createPlan.mutateAsync({ method: 'POST', path: `/api/action-plans/${year}`, body: { copyFromYear } });
      setWriteError(undefined);
    } catch (e) {
      setWriteError(e as ApiError);
    }
  };
  const goTo = (next: number) => {
    setWriteError(undefined);
    go(next);
  };
  const editable = canWrite && plan !== undefined && (plan.plan.status === 'draft' || plan.plan.status === 'ready');
  const mayFollowUp = (action: ActionJson) =>
    canWrite ||
    (me.roles.includes('DepartmentHead') && action.departmentId !== null && action.departmentId === me.departmentId);

  return (
    <div className={styles.page}>
      <div className={styles.years}>
        <IconButton icon={<ChevronLeftRegular />} label={t.previousYear} onClick={() => goTo(year - 1)} />
        <Subtitle1 as="h2" aria-live="polite">
          {t.heading(year)}
        </Subtitle1>
        <IconButton icon={<ChevronRightRegular />} label={t.nextYear} onClick={() => goTo(year + 1)} />
      </div>
      <ErrorMessage error={error} />

      {!plan && (
        <>
          <Body1>{canWrite || me.roles.includes('DepartmentHead') ? t.noPlan(year) : t.noDecidedPlan(year)}</Body1>
          {canWrite && (
            <div className={styles.years}>
              <ActionButton appearance="primary" onAction={() => create(null)}>
                {t.startEmpty}
              </ActionButton>
              {previous.data && <ActionButton onAction={() => create(year - 1)}>{t.startCopy(year - 1)}</ActionButton>}
            </div>
          )}
        </>
      )}

      {plan && (
        <>
          <WorkflowPanel plan={plan} canWrite={canWrite} />
          {partNumbers.map((part) => (
            <PlanPartSection
              key={`${year}-${plan.plan.planVersion}-${plan.plan.status === 'draft' || plan.plan.status === 'ready'}-${part}`}
              plan={plan}
              part={part}
              editable={editable}
              departments={people.departments}
              actors={people.actors}
              mayFollowUp={mayFollowUp}
              onEdit={(action) => setEditing({ part, ...(action ? { action } : {}), open: true, key: Date.now() })}
              onError={setWriteError}
            />
          ))}
          <section className={partStyles.part} aria-labelledby="follow-up-heading">
            <Subtitle2 as="h3" id="follow-up-heading">
              {t.followUp}
            </Subtitle2>
            <FollowUpSummary plan={plan} departments={people.departments} actors={people.actors} />
          </section>
          {editing && (
            <ActionDialog
              key={editing.key}
              open={editing.open}
              year={year}
              part={editing.part}
              {...(editing.action ? { action: editing.action } : {})}
              part1={plan.parts[1].content}
              departments={people.departments}
              actors={people.actors}
              onClose={() => setEditing({ ...editing, open: false })}
            />
          )}
          {!editable && canWrite && <Text size={200}>{t.lockedNote}</Text>}
        </>
      )}
    </div>
  );
}
