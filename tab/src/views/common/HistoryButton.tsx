import {
  Body1,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import { ArrowDownloadRegular, HistoryRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { HistoryKind } from '../../../../api/domain/history.js';
import type { ApiError } from '../../api/client.js';
import { historyPath, useHistory } from '../../api/resources/history.js';
import { useLanguage, useTexts } from '../../i18n/language.js';
import { withWritten, writtenLang } from '../../i18n/written.js';
import { useSession } from '../../session.js';
import { ErrorMessage } from './ErrorMessage.js';
import { formatDateTime } from './format.js';
import { IconButton } from './IconButton.js';
import { ScrollRegion } from './ScrollRegion.js';

// A long value (a part's whole content) is cut here; the CSV has it whole.
const shown = (text: string) => (text.length > 160 ? `${text.slice(0, 157)}…` : text);

/** "Historik" beside a thing people change: who changed which field from what to what, and the CSV for an auditor. */
export function HistoryButton({ kind, id, what }: { kind: HistoryKind; id: string; what: string }) {
  const texts = useTexts().history;
  const language = useLanguage();
  const { api } = useSession();
  const [open, setOpen] = useState(false);
  const { data: history, error: readError } = useHistory(kind, id, open);
  const [downloadError, setDownloadError] = useState<ApiError>();
  const error = readError ?? downloadError;
  const path = historyPath(kind, id);
  const show = () => {
    setOpen(true);
    setDownloadError(undefined);
  };
  const field = (name: string) => texts.fields[name] ?? name;
  return (
    <>
      <IconButton icon={<HistoryRegular />} label={texts.open(what)} onClick={show} />
      <Dialog open={open} onOpenChange={(_, data) => setOpen(data.open)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{texts.title(what)}</DialogTitle>
            <DialogContent>
              <Body1 as="p">{texts.intro}</Body1>
              <ErrorMessage error={error} />
              {!history && !error && <Spinner size="small" label={texts.loading} />}
              {history && history.entries.length === 0 && <Body1>{texts.none}</Body1>}
              {history && history.entries.length > 0 && (
                <ScrollRegion label={texts.title(what)}>
                  <Table aria-label={texts.title(what)} size="small">
                    <TableHeader>
                      <TableRow>
                        <TableHeaderCell>{texts.columns.when}</TableHeaderCell>
                        <TableHeaderCell>{texts.columns.who}</TableHeaderCell>
                        <TableHeaderCell>{texts.columns.what}</TableHeaderCell>
                      </TableRow>
                    </TableHeader>
                    <TableBody>
                      {history.entries.map((entry) => (
                        <TableRow key={`${entry.at}-${entry.by}`}>
                          <TableCell>{formatDateTime(entry.at, language)}</TableCell>
                          <TableCell lang={writtenLang}>{entry.byName}</TableCell>
                          <TableCell>
                            {entry.action === 'created' ? (
                              texts.created
                            ) : (
                              <ul>
                                {entry.changes.map((change) => (
                                  <li key={change.field}>
                                    {withWritten(
                                      (before, after) => texts.changed(field(change.field), before, after),
                                      shown(change.before),
                                      shown(change.after),
                                    )}
                                  </li>
                                ))}
                              </ul>
                            )}
                          </TableCell>
                        </TableRow>
                      ))}
                    </TableBody>
                  </Table>
                </ScrollRegion>
              )}
            </DialogContent>
            <DialogActions>
              {history && history.entries.length > 0 && (
                <Button
                  icon={<ArrowDownloadRegular />}
                  onClick={() =>
                    void api
                      .openFile(`${path}&format=csv`, `historik-${kind}-${id}.csv`)
                      .catch((e: ApiError) => setDownloadError(e))
                  }
                >
                  {texts.download}
                </Button>
              )}
              <Button appearance="primary" onClick={() => setOpen(false)}>
                {texts.close}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </>
  );
}
