import {
  Badge,
  Body1,
  Button,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import { DeleteRegular, EditRegular } from '@fluentui/react-icons';
import { SourceText } from '../SourceText.js';
import { useLanguage, useTexts } from '../../../i18n/language.js';
import { Written, writtenLang } from '../../../i18n/written.js';
import { formatDate } from '../../common/format.js';
import { HistoryButton } from '../../common/HistoryButton.js';
import { IconButton } from '../../common/IconButton.js';
import { ScrollRegion } from '../../common/ScrollRegion.js';
import type { EntryJson, EntryPageJson } from './entry-types.js';

/** The entries found, with how many of all are shown, each one's badges, and the way to change, remove or see its history. */
export function EntriesTable({
  page,
  categoryName,
  mayChange,
  onEdit,
  onRemove,
  onMore,
}: {
  page: EntryPageJson;
  categoryName: (id: string) => string;
  /** The person may change and remove this entry. */
  mayChange: (entry: EntryJson) => boolean;
  onEdit: (entry: EntryJson) => void;
  onRemove: (entry: EntryJson) => void;
  onMore: () => void;
}) {
  const texts = useTexts().situation;
  const language = useLanguage();
  return (
    <>
      <Body1 role="status">{texts.count(page.entries.length, page.total)}</Body1>
      {page.total === 0 ? (
        <Body1>{texts.none}</Body1>
      ) : (
        <ScrollRegion label={texts.entriesPage}>
          <Table aria-label={texts.entriesPage} size="small">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{texts.columns.date}</TableHeaderCell>
                <TableHeaderCell>{texts.columns.area}</TableHeaderCell>
                <TableHeaderCell>{texts.columns.category}</TableHeaderCell>
                <TableHeaderCell>{texts.columns.source}</TableHeaderCell>
                <TableHeaderCell>{texts.columns.description}</TableHeaderCell>
                <TableHeaderCell>{texts.columns.manage}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {page.entries.map((entry) => (
                <TableRow key={entry.id}>
                  <TableCell>{formatDate(entry.date, language)}</TableCell>
                  <TableCell lang={writtenLang}>{entry.area}</TableCell>
                  <TableCell>
                    {categoryName(entry.category)}
                    {entry.categoryText && (
                      <>
                        {' (”'}
                        <Written>{entry.categoryText}</Written>
                        {'”)'}
                      </>
                    )}
                  </TableCell>
                  <TableCell>
                    <SourceText kind={texts.sourceTitles[entry.source]} name={entry.sourceName} />
                  </TableCell>
                  <TableCell>
                    <Written>{entry.description}</Written>{' '}
                    {entry.newPhenomenon && (
                      <Badge appearance="tint" color="important">
                        {texts.newBadge}
                      </Badge>
                    )}{' '}
                    {entry.bob && (
                      <Badge appearance="tint" color="danger">
                        {texts.bobBadge}
                      </Badge>
                    )}{' '}
                    {entry.preliminary && (
                      <Badge appearance="tint" color="warning">
                        {texts.preliminaryBadge}
                      </Badge>
                    )}
                  </TableCell>
                  <TableCell>
                    {mayChange(entry) && (
                      <>
                        <IconButton
                          icon={<EditRegular />}
                          label={texts.edit(entry.area, entry.date)}
                          onClick={() => onEdit(entry)}
                        />
                        <IconButton
                          icon={<DeleteRegular />}
                          label={texts.remove(entry.area, entry.date)}
                          onClick={() => onRemove(entry)}
                        />
                      </>
                    )}
                    <HistoryButton kind="entry" id={entry.id} what={texts.entryName(entry.area, entry.date)} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </ScrollRegion>
      )}
      {page.entries.length < page.total && (
        <div>
          <Button onClick={onMore}>{texts.more}</Button>
        </div>
      )}
    </>
  );
}
