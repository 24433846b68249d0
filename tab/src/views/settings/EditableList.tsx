import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Subtitle1,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
  useRestoreFocusTarget,
} from '@fluentui/react-components';
import { AddRegular, DeleteRegular, EditRegular } from '@fluentui/react-icons';
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { ApiError } from '../../api/client.js';
import { useLanguage, useTexts } from '../../i18n/language.js';
import { useSession } from '../../session.js';
import { ErrorMessage } from '../common/ErrorMessage.js';
import { ScrollRegion } from '../common/ScrollRegion.js';
import { narrowScreen } from '../common/narrow.js';
import { IconButton } from '../common/IconButton.js';

export interface Column<T> {
  header: string;
  cell: (item: T) => ReactNode;
}

export interface EditableListProps<T extends { id: string; etag: string; name: string }, D> {
  heading: string;
  addLabel: string;
  /** e.g. /api/actors; the list comes back under the last path segment. */
  path: string;
  columns: Column<T>[];
  canEdit: boolean;
  emptyDraft: () => D;
  toDraft: (item: T) => D;
  /** What is sent for a draft, when the draft holds more than the API takes (a name shown beside an id). */
  toBody?: (draft: D) => unknown;
  form: (draft: D, change: (draft: D) => void, error: ApiError | undefined) => ReactNode;
  describeCurrent: (current: Record<string, unknown>) => string;
}

const useStyles = makeStyles({
  section: { marginBottom: tokens.spacingVerticalXXL },
  bar: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', marginBottom: tokens.spacingVerticalS, [narrowScreen]: { flexWrap: 'wrap', gap: tokens.spacingHorizontalS } },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  // Wide, long addresses break anywhere to fit their column; narrow, words stay whole and the table scrolls instead.
  cell: { overflowWrap: 'anywhere', [narrowScreen]: { overflowWrap: 'break-word' } },
});

type Editing<T, D> = { item: T | undefined; draft: D };

/** One organisation list: read for everyone, add, edit and remove (with the ETag read) for the säkerhetschef. */
export function EditableList<T extends { id: string; etag: string; name: string }, D>(props: EditableListProps<T, D>) {
  const { api } = useSession();
  const texts = useTexts();
  // Focus goes back to the button that opened a dialog once it closes.
  const restoreFocus = useRestoreFocusTarget();
  const language = useLanguage();
  const styles = useStyles();
  const [items, setItems] = useState<T[]>();
  const [loadError, setLoadError] = useState<ApiError>();
  const [editing, setEditing] = useState<Editing<T, D>>();
  const [saveError, setSaveError] = useState<ApiError>();
  const [removing, setRemoving] = useState<T>();
  const [status, setStatus] = useState('');
  const key = props.path.split('/').pop()!;

  const load = useCallback(() => {
    api
      .request<Record<string, T[]>>(props.path)
      .then((body) => {
        setItems(body[key]);
        setLoadError(undefined);
      })
      .catch((e: ApiError) => setLoadError(e));
  }, [api, props.path, key]);
  useEffect(load, [load]);

  const save = async () => {
    if (!editing) return;
    try {
      const saved = editing.item
        ? await api.request<T>(`${props.path}/${editing.item.id}`, { method: 'PATCH', body: props.toBody ? props.toBody(editing.draft) : editing.draft, ifMatch: editing.item.etag })
        : await api.request<T>(props.path, { method: 'POST', body: props.toBody ? props.toBody(editing.draft) : editing.draft });
      setEditing(undefined);
      setSaveError(undefined);
      setStatus(texts.settings.saved(saved.name));
      load();
    } catch (e) {
      setSaveError(e instanceof ApiError ? e : undefined);
    }
  };

  const remove = async () => {
    if (!removing) return;
    try {
      await api.request(`${props.path}/${removing.id}`, { method: 'DELETE', ifMatch: removing.etag });
      setStatus(texts.settings.removed(removing.name));
      setLoadError(undefined);
    } catch (e) {
      setLoadError(e instanceof ApiError ? e : undefined);
    }
    setRemoving(undefined);
    load();
  };

  const conflict = saveError?.status === 412 ? (saveError.current as Record<string, unknown> | undefined) : undefined;

  return (
    <section className={styles.section} aria-labelledby={`${key}-heading`}>
      <div className={styles.bar}>
        <Subtitle1 as="h2" id={`${key}-heading`}>
          {props.heading}
        </Subtitle1>
        {props.canEdit && (
          <Button {...restoreFocus} icon={<AddRegular />} onClick={() => { setSaveError(undefined); setEditing({ item: undefined, draft: props.emptyDraft() }); }}>
            {props.addLabel}
          </Button>
        )}
      </div>
      <ErrorMessage error={loadError} />
      {items && items.length === 0 && <p>{texts.settings.empty}</p>}
      {items && items.length > 0 && (
        <ScrollRegion labelledBy={`${key}-heading`}>
          <Table aria-labelledby={`${key}-heading`} size="small">
            <TableHeader>
              <TableRow>
                {props.columns.map((column) => (
                  <TableHeaderCell key={column.header}>{column.header}</TableHeaderCell>
                ))}
                {props.canEdit && <TableHeaderCell>{texts.settings.manage}</TableHeaderCell>}
              </TableRow>
            </TableHeader>
            <TableBody>
              {items.map((item) => (
                <TableRow key={item.id}>
                  {props.columns.map((column) => (
                    <TableCell key={column.header} className={styles.cell}>
                      {column.cell(item)}
                    </TableCell>
                  ))}
                  {props.canEdit && (
                    <TableCell>
                      <IconButton appearance="subtle" icon={<EditRegular />} label={texts.settings.editNamed(item.name)} onClick={() => { setSaveError(undefined); setEditing({ item, draft: props.toDraft(item) }); }} />
                      <IconButton appearance="subtle" icon={<DeleteRegular />} label={texts.settings.removeNamed(item.name)} onClick={() => setRemoving(item)} />
                    </TableCell>
                  )}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </ScrollRegion>
      )}
      <div role="status" aria-live="polite" className="visually-hidden">
        {status}
      </div>

      <Dialog open={editing !== undefined} onOpenChange={(_, data) => !data.open && setEditing(undefined)}>
        <DialogSurface>
          <form noValidate onSubmit={(event) => { event.preventDefault(); void save(); }}>
            <DialogBody>
              <DialogTitle>{editing?.item ? texts.settings.editNamed(editing.item.name) : props.addLabel}</DialogTitle>
              <DialogContent className={styles.form}>
                {conflict ? (
                  <MessageBar intent="warning" layout="multiline">
                    <MessageBarBody>
                      <MessageBarTitle>{texts.settings.conflictHeading}</MessageBarTitle>
                      {language === 'sv' ? saveError?.sv : saveError?.en} {texts.settings.conflictShowCurrent} {props.describeCurrent(conflict)}
                    </MessageBarBody>
                    <MessageBarActions>
                      <Button onClick={() => { setEditing(undefined); setSaveError(undefined); load(); }}>{texts.settings.reload}</Button>
                    </MessageBarActions>
                  </MessageBar>
                ) : (
                  saveError && <ErrorMessage error={saveError} summary />
                )}
                {editing && props.form(editing.draft, (draft) => setEditing({ ...editing, draft }), saveError)}
              </DialogContent>
              <DialogActions>
                <Button appearance="primary" type="submit" disabled={conflict !== undefined}>
                  {texts.settings.save}
                </Button>
                <Button onClick={() => setEditing(undefined)}>{texts.settings.cancel}</Button>
              </DialogActions>
            </DialogBody>
          </form>
        </DialogSurface>
      </Dialog>

      <Dialog open={removing !== undefined} onOpenChange={(_, data) => !data.open && setRemoving(undefined)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{removing ? texts.settings.removeNamed(removing.name) : ''}</DialogTitle>
            <DialogContent>{removing ? texts.settings.confirmRemove(removing.name) : ''}</DialogContent>
            <DialogActions>
              <Button appearance="primary" onClick={() => void remove()}>
                {texts.settings.remove}
              </Button>
              <Button onClick={() => setRemoving(undefined)}>{texts.settings.cancel}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </section>
  );
}
