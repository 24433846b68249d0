import { Body1, Checkbox, Field, makeStyles, Select, Subtitle2, tokens } from '@fluentui/react-components';
import { Input, Textarea } from '../common/text-fields.js';
import { DeleteRegular } from '@fluentui/react-icons';
import {
  actionProgressSchema,
  categoryChoiceOf,
  otherCategoryChoice,
  observationSchema,
  type ActionProgress,
  reportRowLimits,
  type DepartmentReportContent,
} from '../../../../api/domain/department-report.js';
import type { ReportJson } from '../../../../api/contract/reports.js';
import { useLanguage, useTexts } from '../../i18n/language.js';
import { writtenLang } from '../../i18n/written.js';
import { AddRowButton } from '../common/AddRowButton.js';
import { IconButton } from '../common/IconButton.js';
import { PlaceInput } from '../common/PlaceInput.js';
import { LimitedField } from '../common/LimitedField.js';
import { textLimits } from '../../../../api/domain/text-limits.js';
import { lineLimit } from '../../../../api/domain/max-length.js';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '56rem' },
  group: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalM,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  row: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap', alignItems: 'flex-end' },
});

type Draft = DepartmentReportContent;
type Observation = Draft['observations'][number];

/** The limits the service refuses at, for the counts beside the fields. */
const observationLimits = {
  area: lineLimit(observationSchema.shape.area),
  categoryOther: lineLimit(observationSchema.shape.categoryOther),
  description: lineLimit(observationSchema.shape.description),
};

/** The report's fields for the department's head: the lägesbild, the observations, each action's progress, the proposals. */
export function ReportFields({
  report,
  draft,
  setDraft,
  issue,
}: {
  report: ReportJson;
  draft: Draft;
  setDraft: (draft: Draft) => void;
  issue: (field: string) => string | undefined;
}) {
  const texts = useTexts();
  const language = useLanguage();
  const styles = useStyles();
  const progressOf = (actionId: string) => draft.actions.find((a) => a.actionId === actionId);
  const setProgress = (actionId: string, change: Partial<{ progress: ActionProgress; comment: string }>) => {
    const existing = progressOf(actionId);
    const next = {
      actionId,
      progress: existing?.progress ?? 'notStarted',
      comment: existing?.comment ?? '',
      ...change,
    };
    // In place: the service names a refused comment by its place in the list, so a row keeps its place.
    setDraft({
      ...draft,
      actions: existing ? draft.actions.map((a) => (a.actionId === actionId ? next : a)) : [...draft.actions, next],
    });
  };
  const choiceOf = (observation: Observation) =>
    categoryChoiceOf(
      observation,
      report.categories.map((c) => c.id),
    );
  const setObservation = (index: number, change: Partial<Observation>) =>
    setDraft({ ...draft, observations: draft.observations.map((o, i) => (i === index ? { ...o, ...change } : o)) });

  return (
    <div className={styles.form}>
      <LimitedField
        value={draft.situation}
        max={textLimits.report}
        label={texts.reports.situation}
        hint={texts.reports.situationHelp}
        required
        validationMessage={issue('content.situation')}
      >
        <Textarea
          rows={6}
          resize="vertical"
          value={draft.situation}
          onChange={(_, d) => setDraft({ ...draft, situation: d.value })}
        />
      </LimitedField>

      <fieldset className={styles.group} style={{ margin: 0, minWidth: 0 }} aria-labelledby="observations-heading">
        <Subtitle2 as="h3" block id="observations-heading">
          {texts.reports.observations}
        </Subtitle2>
        {draft.observations.map((observation, index) => (
          <div key={index} className={styles.row}>
            <LimitedField
              value={observation.area}
              max={observationLimits.area}
              label={texts.reports.area}
              validationMessage={issue(`content.observations.${index}.area`)}
            >
              <PlaceInput value={observation.area} onChange={(_, d) => setObservation(index, { area: d.value })} />
            </LimitedField>
            <Field label={texts.reports.category} validationMessage={issue(`content.observations.${index}.category`)}>
              <Select
                value={choiceOf(observation).category}
                onChange={(_, d) =>
                  setObservation(index, {
                    category: d.value,
                    categoryOther: d.value === otherCategoryChoice ? observation.categoryOther : '',
                  })
                }
              >
                <option value="">{texts.reports.chooseCategory}</option>
                {report.categories.map((category) => (
                  <option key={category.id} value={category.id}>
                    {language === 'en' ? category.en : category.sv}
                  </option>
                ))}
                <option value={otherCategoryChoice}>{texts.reports.otherCategory}</option>
              </Select>
            </Field>
            {choiceOf(observation).category === otherCategoryChoice && (
              // No maxLength: a longer word pasted in would be cut without a word; the count says it instead.
              <LimitedField
                label={texts.reports.otherCategoryText}
                required
                value={choiceOf(observation).categoryOther}
                max={observationLimits.categoryOther}
                validationMessage={issue(`content.observations.${index}.categoryOther`)}
              >
                <Input
                  value={choiceOf(observation).categoryOther}
                  onChange={(_, d) => setObservation(index, { category: otherCategoryChoice, categoryOther: d.value })}
                />
              </LimitedField>
            )}
            <LimitedField
              label={texts.reports.description}
              value={observation.description}
              max={observationLimits.description}
              validationMessage={issue(`content.observations.${index}.description`)}
            >
              <Input
                value={observation.description}
                onChange={(_, d) => setObservation(index, { description: d.value })}
              />
            </LimitedField>
            <Checkbox
              checked={observation.newPhenomenon}
              label={texts.reports.newPhenomenon}
              onChange={(_, d) => setObservation(index, { newPhenomenon: d.checked === true })}
            />
            <IconButton
              icon={<DeleteRegular />}
              label={texts.reports.removeObservation(index + 1)}
              onClick={() => setDraft({ ...draft, observations: draft.observations.filter((_, i) => i !== index) })}
            />
          </div>
        ))}
        <AddRowButton
          count={draft.observations.length}
          max={reportRowLimits.observations}
          what={texts.reports.observationsMany}
          issue={issue('content.observations')}
          onAdd={() =>
            setDraft({
              ...draft,
              observations: [
                ...draft.observations,
                { area: '', category: '', categoryOther: '', description: '', newPhenomenon: false },
              ],
            })
          }
        >
          {texts.reports.addObservation}
        </AddRowButton>
      </fieldset>

      <fieldset className={styles.group} style={{ margin: 0, minWidth: 0 }} aria-labelledby="actions-heading">
        <Subtitle2 as="h3" block id="actions-heading">
          {texts.reports.actions}
        </Subtitle2>
        {report.actions.length === 0 && <Body1>{texts.reports.noActions}</Body1>}
        {report.actions.map((action) => (
          <fieldset
            key={action.id}
            className={styles.row}
            style={{ border: 'none', padding: 0, margin: 0, minWidth: 0 }}
            aria-label={action.title}
          >
            <Body1 style={{ flexBasis: '100%' }} lang={writtenLang}>
              {action.title}
            </Body1>
            <Field label={texts.reports.progress} validationMessage={issue(`actions.${action.id}`)}>
              <Select
                value={progressOf(action.id)?.progress ?? ''}
                onChange={(_, d) => setProgress(action.id, { progress: actionProgressSchema.parse(d.value) })}
              >
                <option value="" disabled>
                  {texts.reports.chooseProgress}
                </option>
                {actionProgressSchema.options.map((progress) => (
                  <option key={progress} value={progress}>
                    {texts.reports.progressTitles[progress]}
                  </option>
                ))}
              </Select>
            </Field>
            <LimitedField
              value={progressOf(action.id)?.comment ?? ''}
              max={textLimits.comment}
              label={texts.reports.comment}
              // The service names the comment by its place in the list sent, which follows the draft's order.
              validationMessage={issue(
                `content.actions.${draft.actions.findIndex((a) => a.actionId === action.id)}.comment`,
              )}
            >
              <Input
                value={progressOf(action.id)?.comment ?? ''}
                onChange={(_, d) => setProgress(action.id, { comment: d.value })}
              />
            </LimitedField>
          </fieldset>
        ))}
      </fieldset>

      <fieldset className={styles.group} style={{ margin: 0, minWidth: 0 }} aria-labelledby="proposals-heading">
        <Subtitle2 as="h3" block id="proposals-heading">
          {texts.reports.proposals}
        </Subtitle2>
        {draft.proposals.map((proposal, index) => (
          <div key={index} className={styles.row}>
            <LimitedField
              value={proposal}
              max={textLimits.comment}
              label={texts.reports.proposal(index + 1)}
              validationMessage={issue(`content.proposals.${index}`)}
              style={{ flexGrow: 1 }}
            >
              <Input
                value={proposal}
                onChange={(_, d) =>
                  setDraft({ ...draft, proposals: draft.proposals.map((p, i) => (i === index ? d.value : p)) })
                }
              />
            </LimitedField>
            <IconButton
              icon={<DeleteRegular />}
              label={texts.reports.removeProposal(index + 1)}
              onClick={() => setDraft({ ...draft, proposals: draft.proposals.filter((_, i) => i !== index) })}
            />
          </div>
        ))}
        <AddRowButton
          count={draft.proposals.length}
          max={reportRowLimits.proposals}
          what={texts.reports.proposalsMany}
          issue={issue('content.proposals')}
          onAdd={() => setDraft({ ...draft, proposals: [...draft.proposals, ''] })}
        >
          {texts.reports.addProposal}
        </AddRowButton>
      </fieldset>
    </div>
  );
}
