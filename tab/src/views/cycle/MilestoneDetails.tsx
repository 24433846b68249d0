import {
  Body1,
  Button,
  Field,
  makeStyles,
  Subtitle1,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import { Input } from '../common/text-fields.js';
import { useEffect, useState } from 'react';
import type { MilestoneJson } from '../../../../api/contract/cycles.js';
import type { ApiError } from '../../api/client.js';
import { useChangeMilestone } from '../../api/resources/milestones.js';
import { pick, useLanguage, useTexts } from '../../i18n/language.js';
import { Written, writtenLang } from '../../i18n/written.js';
import { ErrorMessage } from '../common/ErrorMessage.js';
import { fieldError } from '../common/field-error.js';
import { formatDate, formatDateTime } from '../common/format.js';
import { LimitedField } from '../common/LimitedField.js';
import { lineLimit } from '../../../../api/domain/max-length.js';
import { milestoneChangeSchema } from '../../../../api/domain/cycle/milestone-change.js';
import { StatusBadge } from './StatusBadge.js';
import { narrowScreen } from '../common/narrow.js';
import { ScrollRegion } from '../common/ScrollRegion.js';
import { DateInput } from '../common/DateInput.js';
import { useCurrentCycle } from '../../api/resources/cycles.js';
import { useOneAtATime } from '../common/use-one-at-a-time.js';

const useStyles = makeStyles({
  panel: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusLarge,
  },
  row: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'flex-end', flexWrap: 'wrap' },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalL}`,
    margin: 0,
    // Narrow: each term above its value, so a long value has the whole width.
    [narrowScreen]: {
      gridTemplateColumns: 'minmax(0, 1fr)',
      '& dt': { fontWeight: tokens.fontWeightSemibold },
      '& dd': { marginLeft: 0, marginBottom: tokens.spacingVerticalS },
    },
  },
});

interface MilestoneDetailsProps {
  year: number;
  milestone: MilestoneJson;
  canEdit: boolean;
  /** Told what to announce once the change is saved and the year read again. */
  onChanged: (message: string) => void;
}

const reasonLimit = lineLimit(milestoneChangeSchema.shape.reason);

/** Why a milestone cannot be done before its completableFrom day. */
const whyOf = (kind: MilestoneJson['kind']): 'quarter' | 'council' | 'year' =>
  kind === 'est-police-compilation' ? 'quarter' : kind === 'strategic-council' ? 'council' : 'year';

/** What is due, who answers for it, per-department status, and for the säkerhetschef: move it or mark it done. */
export function MilestoneDetails({ year, milestone, canEdit, onChanged }: MilestoneDetailsProps) {
  // One save at a time: a double click or a second Enter sends nothing more.
  const { run } = useOneAtATime();
  // The service's day: what is recorded as done cannot be dated after it.
  const today = useCurrentCycle().data?.today;
  const texts = useTexts();
  const language = useLanguage();
  const styles = useStyles();
  const changeMilestone = useChangeMilestone();
  const [newDate, setNewDate] = useState(milestone.due);
  const [reason, setReason] = useState('');
  const [doneDate, setDoneDate] = useState(milestone.due);
  const [paragraph, setParagraph] = useState('');
  const [error, setError] = useState<ApiError>();
  const completableFrom = milestone.completableFrom;
  const notYet = completableFrom !== null && today !== undefined && today < completableFrom;

  useEffect(() => {
    setNewDate(milestone.due);
    setDoneDate(milestone.due);
    setReason('');
    setParagraph('');
    setError(undefined);
  }, [milestone.id, milestone.due]);

  const change = async (body: object) => {
    try {
      await changeMilestone.mutateAsync({
        method: 'PATCH',
        path: `/api/cycles/${year}/milestones/${encodeURIComponent(milestone.id)}`,
        body,
      });
      setError(undefined);
      onChanged(texts.cycle.saved);
    } catch (e) {
      setError(e as ApiError);
    }
  };

  const title = pick(language, { sv: milestone.title, en: milestone.titleEn });
  return (
    <section id="milestone-details" className={styles.panel} aria-labelledby="milestone-details-heading" tabIndex={-1}>
      <Subtitle1 as="h2" id="milestone-details-heading">
        {title}
      </Subtitle1>
      <div>
        <StatusBadge status={milestone.status} />
      </div>
      <dl className={styles.facts}>
        <dt>{texts.cycle.due}</dt>
        <dd>{formatDate(milestone.due, language)}</dd>
        <dt>{texts.cycle.responsible}</dt>
        <dd>{pick(language, { sv: milestone.responsible, en: milestone.responsibleEn })}</dd>
        <dt>{texts.cycle.whatIsDue}</dt>
        <dd>{pick(language, { sv: milestone.description, en: milestone.descriptionEn })}</dd>
      </dl>
      {milestone.adjustedFrom && (
        <Body1>
          {texts.cycle.adjusted(
            formatDate(milestone.adjustedFrom.date, language),
            pick(language, { sv: milestone.adjustedFrom.reason, en: milestone.adjustedFrom.reasonEn }),
          )}
        </Body1>
      )}
      {milestone.moved && (
        <Body1>
          {texts.cycle.movedBy(
            milestone.moved.byName,
            formatDateTime(milestone.moved.at, language),
            formatDate(milestone.moved.from, language),
          )}
          {milestone.moved.reason && (
            <>
              {` ${texts.cycle.reasonLabel}: `}
              <Written>{milestone.moved.reason}</Written>
            </>
          )}
        </Body1>
      )}
      {milestone.completion && (
        <Body1>
          {texts.cycle.doneAt(
            formatDate(milestone.completion.doneAt, language),
            milestone.completion.decisionParagraph,
            milestone.completion.markedByName,
          )}
        </Body1>
      )}
      {milestone.departments && (
        <>
          <Subtitle2 as="h3" block id="departments-heading">
            {texts.cycle.departments}
          </Subtitle2>
          <ScrollRegion labelledBy="departments-heading">
            <Table size="small" aria-labelledby="departments-heading">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{texts.cycle.department}</TableHeaderCell>
                  <TableHeaderCell>{texts.cycle.state}</TableHeaderCell>
                  <TableHeaderCell>{texts.cycle.submittedAt}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {milestone.departments.map((department) => (
                  <TableRow key={department.departmentId}>
                    <TableCell lang={writtenLang}>{department.name}</TableCell>
                    <TableCell>{texts.cycle.departmentState[department.state]}</TableCell>
                    <TableCell>
                      {department.submittedAt ? formatDateTime(department.submittedAt, language) : '–'}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </ScrollRegion>
          <Body1>{texts.cycle.doneFromReports}</Body1>
        </>
      )}
      {canEdit && (
        <>
          <ErrorMessage error={error} summary />
          <Subtitle2 as="h3" block>
            {texts.cycle.moveHeading}
          </Subtitle2>
          <form
            className={styles.row}
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              run(() => change({ due: newDate, reason: reason || null }));
            }}
          >
            <Field label={texts.cycle.newDate} validationMessage={fieldError(error, 'due', language)}>
              <DateInput value={newDate} onChange={(_, data) => setNewDate(data.value)} />
            </Field>
            <LimitedField
              value={reason}
              max={reasonLimit}
              label={texts.cycle.reason}
              validationMessage={fieldError(error, 'reason', language)}
            >
              <Input value={reason} onChange={(_, data) => setReason(data.value)} />
            </LimitedField>
            <Button type="submit" appearance="primary">
              {texts.cycle.move}
            </Button>
            {milestone.setByHand && <Button onClick={() => void change({ due: null })}>{texts.cycle.resetDate}</Button>}
          </form>
          {!milestone.departments && (
            <>
              <Subtitle2 as="h3" block>
                {texts.cycle.markDoneHeading}
              </Subtitle2>
              {milestone.completion ? (
                <div>
                  <Button onClick={() => void change({ done: null })}>{texts.cycle.undoDone}</Button>
                </div>
              ) : notYet ? (
                // What the milestone records cannot have happened yet: said instead of a form the service refuses.
                <Body1 as="p">
                  {texts.cycle.completableFrom(formatDate(completableFrom!, language), whyOf(milestone.kind))}
                </Body1>
              ) : (
                <form
                  className={styles.row}
                  noValidate
                  onSubmit={(event) => {
                    event.preventDefault();
                    run(() => change({ done: { doneAt: doneDate, decisionParagraph: paragraph.trim() || null } }));
                  }}
                >
                  <Field label={texts.cycle.doneDate} validationMessage={fieldError(error, 'done.doneAt', language)}>
                    <DateInput
                      min={completableFrom ?? undefined}
                      max={today}
                      value={doneDate}
                      onChange={(_, data) => setDoneDate(data.value)}
                    />
                  </Field>
                  {milestone.kind === 'action-plan-decision' && (
                    <Field
                      label={texts.cycle.paragraph}
                      validationMessage={fieldError(error, 'done.decisionParagraph', language)}
                    >
                      <Input value={paragraph} onChange={(_, data) => setParagraph(data.value)} placeholder="§ 45" />
                    </Field>
                  )}
                  <Button type="submit">{texts.cycle.markDone}</Button>
                </form>
              )}
            </>
          )}
        </>
      )}
    </section>
  );
}
