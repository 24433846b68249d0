import { Body1, Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, Spinner, Subtitle1, Subtitle2, Text, tokens } from '@fluentui/react-components';
import { ChevronLeftRegular, ChevronRightRegular } from '@fluentui/react-icons';
import { useCallback, useEffect, useState } from 'react';
import { partNumbers, partTitles, type PartNumber } from '../../../../api/domain/action-plan/parts.js';
import { ApiError } from '../../api/client.js';
import { pick, useLanguage, useTexts } from '../../i18n/language.js';
import { useSubRoute } from '../../navigation/use-route.js';
import { useSession } from '../../session.js';
import { ErrorMessage } from '../common/ErrorMessage.js';
import { ActionDialog } from './ActionDialog.js';
import { ActionsList } from './ActionsList.js';
import { CouncilOffers } from './CouncilOffers.js';
import { FollowUpSummary } from './FollowUpSummary.js';
import { PartEditor } from './PartEditor.js';
import { PartRead } from './PartRead.js';
import type { ActionJson, Named, PlanJson } from './plan-types.js';
import { HistoryButton } from '../common/HistoryButton.js';
import { WorkflowPanel } from './WorkflowPanel.js';
import { IconButton } from '../common/IconButton.js';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '64rem' },
  years: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  part: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, borderTop: `1px solid ${tokens.colorNeutralStroke2}`, paddingTop: tokens.spacingVerticalM },
  partHeading: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

type Loaded = { kind: 'plan'; plan: PlanJson } | { kind: 'none'; previousExists: boolean };

/** The year's action plan: its four parts and actions, the way to the KS decision, and the follow-up. */
export function ActionPlanView() {
  const texts = useTexts();
  const t = texts.actionPlan;
  const language = useLanguage();
  const styles = useStyles();
  const { api, me } = useSession();
  const [[yearSegment], go] = useSubRoute();
  const [year, setYear] = useState<number | undefined>(yearSegment && /^\d{4}$/.test(yearSegment) ? Number(yearSegment) : undefined);
  const [loaded, setLoaded] = useState<Loaded>();
  const [people, setPeople] = useState<{ departments: Named[]; actors: Named[] }>();
  const [error, setError] = useState<ApiError>();
  const [editing, setEditing] = useState<{ part: PartNumber; action?: ActionJson; open: boolean; key: number }>();
  const canWrite = me.roles.includes('SecurityChief');

  useEffect(() => {
    if (year === undefined) void api.request<{ year: number }>('/api/cycles/current').then(({ year: current }) => setYear(current), (e: ApiError) => setError(e));
  }, [api, year]);
  useEffect(() => {
    void Promise.all([api.request<{ departments: Named[] }>('/api/departments'), api.request<{ actors: Named[] }>('/api/actors')]).then(
      ([d, a]) => setPeople({ departments: d.departments, actors: a.actors }),
      (e: ApiError) => setError(e),
    );
  }, [api]);

  const load = useCallback(async () => {
    if (year === undefined) return;
    try {
      setLoaded({ kind: 'plan', plan: await api.request<PlanJson>(`/api/action-plans/${year}`) });
      setError(undefined);
    } catch (e) {
      if (!(e instanceof ApiError) || e.status !== 404) return setError(e as ApiError);
      const previousExists = canWrite && (await api.request(`/api/action-plans/${year - 1}`).then(() => true, () => false));
      setLoaded({ kind: 'none', previousExists });
    }
  }, [api, year, canWrite]);
  useEffect(() => void load(), [load]);
  const onSaved = useCallback((plan: PlanJson) => setLoaded({ kind: 'plan', plan }), []);

  const goTo = (next: number) => {
    setLoaded(undefined);
    setYear(next);
    go(next);
  };
  const create = async (copyFromYear: number | null) => {
    try {
      setLoaded({ kind: 'plan', plan: await api.request<PlanJson>(`/api/action-plans/${year}`, { method: 'POST', body: { copyFromYear } }) });
    } catch (e) {
      setError(e as ApiError);
    }
  };

  if (year === undefined || !loaded || !people) return error ? <ErrorMessage error={error} /> : <Spinner label={texts.loading} />;

  const plan = loaded.kind === 'plan' ? loaded.plan : undefined;
  const editable = canWrite && plan !== undefined && (plan.plan.status === 'draft' || plan.plan.status === 'ready');
  const mayFollowUp = (action: ActionJson) => canWrite || (me.roles.includes('DepartmentHead') && action.departmentId !== null && action.departmentId === me.departmentId);

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
              <Button appearance="primary" onClick={() => void create(null)}>
                {t.startEmpty}
              </Button>
              {loaded.kind === 'none' && loaded.previousExists && <Button onClick={() => void create(year - 1)}>{t.startCopy(year - 1)}</Button>}
            </div>
          )}
        </>
      )}

      {plan && (
        <>
          <WorkflowPanel plan={plan} canWrite={canWrite} onChanged={onSaved} />
          {partNumbers.map((part) => (
            <section key={`${year}-${plan.plan.planVersion}-${plan.plan.status === 'draft' || plan.plan.status === 'ready'}-${part}`} className={styles.part} aria-labelledby={`part-${part}`}>
              <div className={styles.partHeading}>
                <Subtitle2 as="h3" id={`part-${part}`}>
                  {pick(language, partTitles[part])}
                </Subtitle2>
                {plan.parts[part].id && <HistoryButton kind="planPart" id={plan.parts[part].id} what={t.partName(pick(language, partTitles[part]))} />}
              </div>
              {editable && plan.parts[part].needsReview && (
                <MessageBar intent="warning">
                  <MessageBarBody>{t.copiedNotReviewed(plan.plan.copiedFromYear)}</MessageBarBody>
                  <MessageBarActions>
                    <Button
                      onClick={() =>
                        void api
                          .request<PlanJson>(`/api/action-plans/${year}/parts/${part}/reviewed`, { method: 'POST', ifMatch: plan.parts[part].etag })
                          .then(onSaved)
                          .catch((e: ApiError) => setError(e))
                      }
                    >
                      {t.markReviewed}
                    </Button>
                  </MessageBarActions>
                </MessageBar>
              )}
              {editable ? (
                <PartEditor
                  key={plan.parts[part].needsReview ? 'copied' : 'reviewed'}
                  year={year}
                  part={part}
                  initial={plan.parts[part]}
                  departments={people.departments}
                  actors={people.actors}
                  onSaved={onSaved}
                />
              ) : (
                <PartRead year={year} part={part} content={plan.parts[part].content} departments={people.departments} actors={people.actors} />
              )}
              {part === 4 && editable && <CouncilOffers year={year} onTaken={() => void load()} onError={setError} />}
              <ActionsList
                year={year}
                part={part}
                actions={plan.actions.filter((action) => action.part === part)}
                part1={plan.parts[1].content}
                departments={people.departments}
                actors={people.actors}
                editable={editable}
                mayFollowUp={mayFollowUp}
                onEdit={(action) => setEditing({ part, ...(action ? { action } : {}), open: true, key: Date.now() })}
                onChanged={() => void load()}
                onError={setError}
              />
            </section>
          ))}
          <section className={styles.part} aria-labelledby="follow-up-heading">
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
              onClose={(saved) => {
                setEditing({ ...editing, open: false });
                if (saved) void load();
              }}
            />
          )}
          {!editable && canWrite && <Text size={200}>{t.lockedNote}</Text>}
        </>
      )}
    </div>
  );
}
