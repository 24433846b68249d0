import {
  Body1,
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Subtitle1,
  Subtitle2,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { documentKinds, documentKindTitles, type DocumentKind } from '../../../../api/domain/records/records.js';
import type { ApiError } from '../../api/client.js';
import { useRecordsPlan, useSaveRecordsPlan } from '../../api/resources/records.js';
import { useLanguage, useTexts } from '../../i18n/language.js';
import { ErrorMessage } from '../common/ErrorMessage.js';
import { RecordsClassFields } from '../common/RecordsClassFields.js';
import { fieldError } from '../common/field-error.js';
import { useSectionStyles } from './section-styles.js';
import { ActionButton } from '../common/ActionButton.js';

const useStyles = makeStyles({
  line: {
    display: 'flex',
    gap: tokens.spacingHorizontalM,
    flexWrap: 'wrap',
    alignItems: 'flex-start',
    border: 'none',
    padding: 0,
    margin: 0,
    minWidth: 0,
  },
  row: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  kindTitle: { flexBasis: '100%' },
});

type Line = {
  handlingstyp: string;
  sekretess: string | null;
  bevarande: 'bevaras' | 'gallras';
  gallringsfrist: string | null;
};

/** Inställningar › Dokumenthanteringsplan: each document kind's type, secrecy and retention, stamped on what is saved. */
export function RecordsPlanSection() {
  const sectionStyles = useSectionStyles();
  const texts = useTexts().records;
  const language = useLanguage();
  const styles = useStyles();
  const read = useRecordsPlan();
  const savePlan = useSaveRecordsPlan();
  // The person's changes with the ETag of the plan they started from: a save over someone else's is refused.
  const [edits, setEdits] = useState<{ plan: Record<DocumentKind, Line>; etag: string }>();
  const [saveError, setSaveError] = useState<ApiError>();
  const [status, setStatus] = useState('');
  const error = saveError ?? read.error ?? undefined;
  if (!read.data) return <ErrorMessage error={error} />;

  const { plan, etag } = edits ?? read.data;
  const set = (kind: DocumentKind, change: Partial<Line>) =>
    setEdits({ plan: { ...plan, [kind]: { ...plan[kind], ...change } }, etag });
  const save = async () => {
    try {
      await savePlan.mutateAsync({ method: 'PUT', path: '/api/records/plan', etag, body: plan });
      setEdits(undefined);
      setSaveError(undefined);
      setStatus(texts.planSaved);
    } catch (e) {
      setSaveError(e as ApiError);
      setStatus('');
    }
  };
  const reload = () => {
    setEdits(undefined);
    setSaveError(undefined);
    void read.refetch();
  };
  const message = (kind: DocumentKind, field: keyof Line) => fieldError(error, `${kind}.${field}`, language);

  return (
    <section className={sectionStyles.section} aria-labelledby="records-plan-heading">
      <Subtitle1 as="h2" id="records-plan-heading">
        {texts.planHeading}
      </Subtitle1>
      <Body1>{texts.planIntro}</Body1>
      <ErrorMessage error={error} summary />
      {saveError?.status === 412 && (
        <MessageBar intent="warning">
          <MessageBarBody>
            {texts.planConflict} <Button onClick={reload}>{texts.reload}</Button>
          </MessageBarBody>
        </MessageBar>
      )}
      {documentKinds.map((kind) => {
        const title = documentKindTitles[kind][language];
        const line = plan[kind];
        return (
          <fieldset key={kind} className={styles.line} aria-labelledby={`records-${kind}`}>
            <Subtitle2 as="h3" id={`records-${kind}`} className={styles.kindTitle}>
              {title}
            </Subtitle2>
            <RecordsClassFields
              value={{ ...line, sekretess: line.sekretess ?? '', gallringsfrist: line.gallringsfrist ?? '' }}
              onChange={(change) =>
                set(kind, {
                  ...change,
                  ...(change.sekretess !== undefined ? { sekretess: change.sekretess || null } : {}),
                  ...(change.gallringsfrist !== undefined ? { gallringsfrist: change.gallringsfrist || null } : {}),
                })
              }
              message={(field) => message(kind, field)}
            />
          </fieldset>
        );
      })}
      <div className={styles.row}>
        <ActionButton appearance="primary" onAction={save}>
          {texts.planSave}
        </ActionButton>
      </div>
      {status && (
        <MessageBar intent="success">
          <MessageBarBody>{status}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
