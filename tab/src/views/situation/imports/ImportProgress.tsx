import { Field, MessageBar, MessageBarBody, ProgressBar } from '@fluentui/react-components';
import { useImportProgress } from '../../../api/resources/situation-imports.js';
import { useTexts } from '../../../i18n/language.js';
import { ErrorMessage } from '../../common/ErrorMessage.js';
import type { ImportRecordJson } from './import-types.js';

/** An import's job as it runs: rows written of all, then done or stopped; asked again each second until it is over. */
export function ImportProgress({ accepted }: { accepted: ImportRecordJson }) {
  const texts = useTexts().situation;
  const { data: record, error } = useImportProgress(accepted);

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
      <Field
        label={texts.importRunning(record.fileName)}
        hint={record.status === 'counting' ? texts.importCounting : texts.importProgress(record.written, record.added)}
      >
        <ProgressBar
          value={record.status === 'counting' ? undefined : record.written}
          max={Math.max(record.added, 1)}
          thickness="large"
        />
      </Field>
      <ErrorMessage error={error ?? undefined} />
    </>
  );
}
