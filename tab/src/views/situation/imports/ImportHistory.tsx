import {
  Body1,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import { libraryNames } from '../../../../../api/domain/library-names.js';
import { useLanguage, useTexts } from '../../../i18n/language.js';
import { Written } from '../../../i18n/written.js';
import { formatDateTime } from '../../common/format.js';
import { RegistrationButton } from '../../common/RegistrationButton.js';
import { ScrollRegion } from '../../common/ScrollRegion.js';
import type { ImportRecordJson, ImportSource } from './import-types.js';

/** The imports made before, newest first, with how far a running one has come and each file's registration. */
export function ImportHistory({ history }: { history: ImportRecordJson[] }) {
  const texts = useTexts().situation;
  const language = useLanguage();
  return (
    <>
      <Subtitle2 as="h3" id="import-history">
        {texts.history}
      </Subtitle2>
      {history.length === 0 ? (
        <Body1>{texts.noHistory}</Body1>
      ) : (
        <ScrollRegion labelledBy="import-history">
          <Table aria-labelledby="import-history" size="small">
            <TableHeader>
              <TableRow>
                {Object.values(texts.historyColumns).map((title) => (
                  <TableHeaderCell key={title}>{title}</TableHeaderCell>
                ))}
              </TableRow>
            </TableHeader>
            <TableBody>
              {history.map((record) => (
                <TableRow key={record.id}>
                  <TableCell>{formatDateTime(record.importedAt, language)}</TableCell>
                  <TableCell>
                    <Written>{record.fileName}</Written>
                    {/* The file is kept as it came, under its content's hash and the name it was first stored with. */}
                    <RegistrationButton
                      document={{ library: libraryNames.importFiles, path: `${record.fileId}/${record.fileName}` }}
                    />
                  </TableCell>
                  <TableCell>{texts.importSources[record.source as ImportSource] ?? record.source}</TableCell>
                  <TableCell>{record.rows}</TableCell>
                  <TableCell>{record.added}</TableCell>
                  <TableCell>{record.skipped}</TableCell>
                  <TableCell>
                    {record.status === 'running'
                      ? `${texts.importStatuses.running} (${record.written}/${record.added})`
                      : texts.importStatuses[record.status]}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </ScrollRegion>
      )}
    </>
  );
}
