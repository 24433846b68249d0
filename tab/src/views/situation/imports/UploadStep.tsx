import { Field, makeStyles, Select, tokens } from '@fluentui/react-components';
import { useTexts } from '../../../i18n/language.js';
import { FilePicker } from '../../common/FilePicker.js';
import type { ImportSource } from './import-types.js';

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap', alignItems: 'flex-end' },
});
const sources: ImportSource[] = ['est', 'police', 'bra', 'other'];

/** The file to import, chosen or dropped, and where its rows come from. */
export function UploadStep({
  source,
  uploading,
  onSource,
  onFile,
}: {
  source: ImportSource;
  uploading: boolean;
  onSource: (source: ImportSource) => void;
  onFile: (file: File) => void;
}) {
  const texts = useTexts().situation;
  const styles = useStyles();
  return (
    <div className={styles.row}>
      <FilePicker
        label={texts.chooseFile}
        busy={uploading}
        accept=".csv,.txt,.xlsx,.json,text/csv,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        onFile={onFile}
      />
      <Field label={texts.importSource}>
        <Select value={source} onChange={(_, d) => onSource(d.value as ImportSource)}>
          {sources.map((s) => (
            <option key={s} value={s}>
              {texts.importSources[s]}
            </option>
          ))}
        </Select>
      </Field>
    </div>
  );
}
