import { Body1, Button, makeStyles, tokens } from '@fluentui/react-components';
import { useCategories } from '../../../api/resources/situation-categories.js';
import { categoriesInUse } from '../../../../../api/domain/situation/entry.js';
import { useImports } from '../../../api/resources/situation-imports.js';
import { useLanguage, useTexts } from '../../../i18n/language.js';
import { fieldError } from '../../common/field-error.js';
import { ErrorMessage } from '../../common/ErrorMessage.js';
import { FilePreview } from './FilePreview.js';
import { ImportHistory } from './ImportHistory.js';
import { ImportProgress } from './ImportProgress.js';
import { useImportSteps } from './import-steps.js';
import { MappingForm } from './MappingForm.js';
import { RowErrors } from './RowErrors.js';
import { UploadStep } from './UploadStep.js';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '64rem' },
  row: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap', alignItems: 'flex-end' },
});

/** EST exports and police statistics into the lägesbild: choose, map, check, import. */
export function ImportPage() {
  const texts = useTexts().situation;
  const language = useLanguage();
  const styles = useStyles();
  const steps = useImportSteps();
  const imports = useImports();
  const categories = useCategories();
  const { preview, mapping, check, done } = steps;
  const history = imports.data?.imports ?? [];
  const error = steps.error ?? imports.error ?? categories.error ?? undefined;
  // An import still running when the page opens (started before a reload, or by someone else): its progress.
  const running = history.find((record) => record.status === 'running' || record.status === 'counting');

  return (
    <div className={styles.page}>
      <Body1 as="p">{texts.importIntro}</Body1>
      <UploadStep
        source={steps.source}
        uploading={steps.uploading}
        onSource={steps.setSource}
        onFile={(file) => void steps.choose(file)}
      />
      {/* A refused mapping is a refused form: its problems link to their choices. Row errors have a table of their own. */}
      <ErrorMessage error={error} summary={steps.error?.issues.some((issue) => issue.field.startsWith('mapping.'))} />
      {!done && !steps.importing && running && <ImportProgress key={running.id} accepted={running} />}
      {!preview && (
        <RowErrors
          count={steps.rowErrors.length}
          rowErrors={steps.rowErrors}
          heading={texts.personalDataCells(steps.rowErrors.length)}
        />
      )}

      {preview && mapping && (
        <>
          <FilePreview preview={preview} onReshape={(shape) => void steps.reshape(shape)} />
          <MappingForm
            preview={preview}
            mapping={mapping}
            categories={categoriesInUse(categories.data?.categories ?? [])}
            onChange={steps.changeMapping}
            issue={(field) => fieldError(steps.error, field, language)}
          />
          <div className={styles.row}>
            <Button onClick={() => void steps.run(false)}>{texts.check}</Button>
            <Button appearance="primary" onClick={() => void steps.run(true)}>
              {texts.runImport}
            </Button>
          </div>
          {check && check.errorCount === 0 && (
            <Body1 role="status">
              {texts.checked(check.rowCount, check.newCount, check.existingCount)}
              {check.replacesPreliminary > 0 ? ` ${texts.replacesPreliminary(check.replacesPreliminary)}` : ''}
            </Body1>
          )}
          {done && <ImportProgress key={done.id} accepted={done} />}
          <RowErrors count={check?.errorCount ?? steps.rowErrors.length} rowErrors={steps.rowErrors} />
        </>
      )}

      <ImportHistory history={history} />
    </div>
  );
}
