import { Field, MessageBar, MessageBarBody, ProgressBar } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { ApiError } from '../../../api/client.js';
import { useTexts } from '../../../i18n/language.js';
import { useSession } from '../../../session.js';
import { ErrorMessage } from '../../common/ErrorMessage.js';
import type { ImportRecordJson } from './import-types.js';

const pollMs = 1000;
const over = (record: ImportRecordJson) => record.status === 'done' || record.status === 'failed';

/** An import's job as it runs: rows written of all, then done or stopped; asks again each second until it is over. */
export function ImportProgress({ accepted, onFinished }: { accepted: ImportRecordJson; onFinished: () => void }) {
  const texts = useTexts().situation;
  const { api } = useSession();
  const [record, setRecord] = useState(accepted);
  const [error, setError] = useState<ApiError>();

  useEffect(() => {
    if (over(accepted)) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const next = await api.request<ImportRecordJson>(`/api/situation/imports/${encodeURIComponent(accepted.id)}`);
        if (stopped) return;
        setRecord(next);
        setError(undefined);
        if (over(next)) onFinished();
        else timer = setTimeout(() => void poll(), pollMs);
      } catch (e) {
        if (stopped) return;
        setError(e as ApiError);
        timer = setTimeout(() => void poll(), pollMs * 5);
      }
    };
    timer = setTimeout(() => void poll(), pollMs);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [api, accepted, onFinished]);

  if (record.status === 'done')
    return (
      <MessageBar intent="success">
        <MessageBarBody>
          {texts.imported(record.added, record.skipped)}
          {record.replaced > 0 ? ` ${texts.replacedPreliminary(record.replaced)}` : ''}
        </MessageBarBody>
      </MessageBar>
    );
  if (record.status === 'failed')
    return (
      <MessageBar intent="error">
        <MessageBarBody>{texts.importFailed}</MessageBarBody>
      </MessageBar>
    );
  return (
    <>
      <Field label={texts.importRunning(record.fileName)} hint={record.status === 'counting' ? texts.importCounting : texts.importProgress(record.written, record.added)}>
        <ProgressBar value={record.status === 'counting' ? undefined : record.written} max={Math.max(record.added, 1)} thickness="large" />
      </Field>
      <ErrorMessage error={error} />
    </>
  );
}
