import {
  Body1,
  Field,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { Input } from '../common/text-fields.js';
import { ArrowDownloadRegular, DocumentAddRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { ApiError } from '../../api/client.js';
import { usePlanStep, useSavePlanDocument } from '../../api/resources/action-plans.js';
import { useLanguage, useTexts } from '../../i18n/language.js';
import { useSession } from '../../session.js';
import { ErrorMessage } from '../common/ErrorMessage.js';
import { formatDate } from '../common/format.js';
import { fieldError } from '../common/field-error.js';
import type { PlanJson } from './plan-types.js';
import { actionPlanKeys } from '../../api/resources/action-plans.js';
import { RegistrationButton } from '../common/RegistrationButton.js';
import { DateInput } from '../common/DateInput.js';
import { useCurrentCycle } from '../../api/resources/cycles.js';
import { ActionButton } from '../common/ActionButton.js';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap', alignItems: 'flex-end' },
});

/** Where the plan stands, what it lacks, and the next step towards and after the KS decision. */
export function WorkflowPanel({ plan, canWrite }: { plan: PlanJson; canWrite: boolean }) {
  // The service's day: what is recorded as done cannot be dated after it.
  const today = useCurrentCycle().data?.today;
  const texts = useTexts();
  const t = texts.actionPlan;
  const language = useLanguage();
  const styles = useStyles();
  const { api } = useSession();
  const planStep = usePlanStep(plan.year);
  const saveDocument = useSavePlanDocument(plan.year);
  const [error, setError] = useState<ApiError>();
  const [decision, setDecision] = useState({ meetingDate: '', paragraph: '' });
  const [notice, setNotice] = useState('');
  const { status, decision: decided } = plan.plan;

  const step = async (path: string, body?: unknown) => {
    try {
      await planStep.mutateAsync({
        method: 'POST',
        path: `/api/action-plans/${plan.year}/${path}`,
        etag: plan.plan.etag,
        ...(body ? { body } : {}),
      });
      setError(undefined);
    } catch (e) {
      setError(e instanceof ApiError ? e : undefined);
    }
  };
  const makeDocument = async () => {
    try {
      const made = await saveDocument.mutateAsync({ method: 'POST', path: `/api/action-plans/${plan.year}/document` });
      setNotice(t.documentMade(made.version));
    } catch (e) {
      setError(e instanceof ApiError ? e : undefined);
    }
  };

  return (
    <section className={styles.panel} aria-label={t.status}>
      <Body1>
        <strong>{`${t.status}: ${t.statusTitles[status]}`}</strong>, {t.version(plan.plan.planVersion)}.{' '}
        {decided && t.decidedBy(formatDate(decided.meetingDate, language), decided.paragraph)}
      </Body1>
      {(status === 'decided' || status === 'followedUp') && (
        <MessageBar intent="info">
          <MessageBarBody>{t.lockedNote}</MessageBarBody>
        </MessageBar>
      )}
      {(status === 'draft' || status === 'ready') &&
        (plan.missing.length > 0 ? (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{t.missingHeading}</MessageBarTitle>
              <ul>
                {plan.missing.map((item, index) => (
                  <li key={`${item.field}-${index}`}>{language === 'sv' ? item.sv : item.en}</li>
                ))}
              </ul>
            </MessageBarBody>
          </MessageBar>
        ) : (
          <MessageBar intent="success">
            <MessageBarBody>{t.complete}</MessageBarBody>
          </MessageBar>
        ))}
      <ErrorMessage error={error?.code === 'validation' ? undefined : error} />
      {notice && (
        <MessageBar intent="success">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
      {canWrite && (
        <div className={styles.buttons}>
          {status === 'draft' && (
            <ActionButton appearance="primary" onAction={() => step('ready')}>
              {t.markReady}
            </ActionButton>
          )}
          {status === 'ready' && (
            <>
              <Field label={t.meetingDate} validationMessage={fieldError(error, 'meetingDate', language)}>
                <DateInput
                  max={today}
                  value={decision.meetingDate}
                  onChange={(_, d) => setDecision({ ...decision, meetingDate: d.value })}
                />
              </Field>
              <Field label={t.paragraph} validationMessage={fieldError(error, 'paragraph', language)}>
                <Input
                  value={decision.paragraph}
                  placeholder="§ 45"
                  onChange={(_, d) => setDecision({ ...decision, paragraph: d.value })}
                />
              </Field>
              <ActionButton appearance="primary" onAction={() => step('decision', decision)}>
                {t.recordDecision}
              </ActionButton>
              <ActionButton onAction={() => step('draft')}>{t.backToDraft}</ActionButton>
            </>
          )}
          {status === 'decided' && <ActionButton onAction={() => step('followed-up')}>{t.markFollowedUp}</ActionButton>}
          {(status === 'decided' || status === 'followedUp') && (
            <ActionButton onAction={() => step('new-version')}>{t.newVersion}</ActionButton>
          )}
          <ActionButton icon={<DocumentAddRegular />} onAction={makeDocument}>
            {t.makeDocument}
          </ActionButton>
        </div>
      )}
      {plan.document && (
        <div>
          <Link
            as="button"
            onClick={() =>
              void api
                .openFile(`/api/action-plans/${plan.year}/document`, `atgardsplan-${plan.year}.docx`)
                .catch((e: ApiError) => setError(e))
            }
          >
            <ArrowDownloadRegular /> {t.downloadDocument(plan.document.version)}
          </Link>
          <RegistrationButton document={plan.document} touches={[actionPlanKeys.year(plan.year)]} />
        </div>
      )}
    </section>
  );
}
