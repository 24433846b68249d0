import {
  Button,
  makeStyles,
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
import { useState, type ReactNode } from 'react';
import type { ApiError } from '../../api/client.js';
import { type EditableListItem, type EditableListPath, useEditableList } from '../../api/resources/editable-lists.js';
import { useTexts } from '../../i18n/language.js';
import { withWritten, writtenLang } from '../../i18n/written.js';
import { AddRowButton } from '../common/AddRowButton.js';
import { ErrorMessage } from '../common/ErrorMessage.js';
import { ScrollRegion } from '../common/ScrollRegion.js';
import { narrowScreen } from '../common/narrow.js';
import { IconButton } from '../common/IconButton.js';
import { EditItemDialog } from './EditItemDialog.js';
import { RemoveItemDialog } from './RemoveItemDialog.js';

export interface Column<T> {
  header: string;
  cell: (item: T) => ReactNode;
  /** The cell holds what people wrote or named: marked Swedish. */
  written?: boolean;
}

export interface EditableListProps<P extends EditableListPath, D> {
  heading: string;
  addLabel: string;
  /** e.g. /api/actors; the list comes back under the last path segment, its items typed by the path. */
  path: P;
  columns: Column<EditableListItem<P>>[];
  canEdit: boolean;
  emptyDraft: () => D;
  toDraft: (item: EditableListItem<P>) => D;
  /** What is sent for a draft, when the draft holds more than the API takes (a name shown beside an id). */
  toBody?: (draft: D) => unknown;
  form: (draft: D, change: (draft: D) => void, error: ApiError | undefined) => ReactNode;
  describeCurrent: (current: Record<string, unknown>) => string;
  /** The most items the service keeps, and what the list holds in the plural ("aktörer"). */
  limit?: { max: number; what: string };
}

const useStyles = makeStyles({
  section: { marginBottom: tokens.spacingVerticalXXL },
  bar: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    marginBottom: tokens.spacingVerticalS,
    [narrowScreen]: { flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  },
  // Wide, long addresses break anywhere to fit their column; narrow, words stay whole and the table scrolls instead.
  cell: { overflowWrap: 'anywhere', [narrowScreen]: { overflowWrap: 'break-word' } },
});

type Editing<T, D> = { item: T | undefined; draft: D };

/** One organisation list: read for everyone, add, edit and remove (with the ETag read) for the säkerhetschef. */
export function EditableList<P extends EditableListPath, D>(props: EditableListProps<P, D>) {
  type T = EditableListItem<P>;
  const texts = useTexts();
  // Focus goes back to the button that opened a dialog once it closes.
  const restoreFocus = useRestoreFocusTarget();
  const styles = useStyles();
  const list = useEditableList(props.path);
  const [editing, setEditing] = useState<Editing<T, D>>();
  const [saveError, setSaveError] = useState<ApiError>();
  const [removing, setRemoving] = useState<T>();
  const [removeError, setRemoveError] = useState<ApiError>();
  const [status, setStatus] = useState<ReactNode>('');
  const key = props.path.split('/').pop()!;
  const items = list.items;

  const save = async () => {
    if (!editing) return;
    const body = props.toBody ? props.toBody(editing.draft) : editing.draft;
    try {
      const saved = await list.change.mutateAsync(
        editing.item
          ? { method: 'PATCH', path: `${props.path}/${editing.item.id}`, body, etag: editing.item.etag }
          : { method: 'POST', path: props.path, body },
      );
      setEditing(undefined);
      setSaveError(undefined);
      setStatus(withWritten(texts.settings.saved, saved.name));
    } catch (e) {
      setSaveError(e as ApiError);
    }
  };

  const remove = async () => {
    if (!removing) return;
    try {
      await list.change.mutateAsync({ method: 'DELETE', path: `${props.path}/${removing.id}`, etag: removing.etag });
      setStatus(withWritten(texts.settings.removed, removing.name));
      setRemoveError(undefined);
    } catch (e) {
      setRemoveError(e as ApiError);
    }
    setRemoving(undefined);
  };

  const open = (item: T | undefined) => {
    setSaveError(undefined);
    setEditing({ item, draft: item ? props.toDraft(item) : props.emptyDraft() });
  };

  return (
    <section className={styles.section} aria-labelledby={`${key}-heading`}>
      <div className={styles.bar}>
        <Subtitle1 as="h2" id={`${key}-heading`}>
          {props.heading}
        </Subtitle1>
        {props.canEdit &&
          (props.limit ? (
            <AddRowButton
              count={items?.length ?? 0}
              max={props.limit.max}
              what={props.limit.what}
              onAdd={() => open(undefined)}
              button={restoreFocus}
            >
              {props.addLabel}
            </AddRowButton>
          ) : (
            <Button {...restoreFocus} icon={<AddRegular />} onClick={() => open(undefined)}>
              {props.addLabel}
            </Button>
          ))}
      </div>
      <ErrorMessage error={removeError ?? list.error} />
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
                    <TableCell
                      key={column.header}
                      className={styles.cell}
                      lang={column.written ? writtenLang : undefined}
                    >
                      {column.cell(item)}
                    </TableCell>
                  ))}
                  {props.canEdit && (
                    <TableCell>
                      <IconButton
                        appearance="subtle"
                        icon={<EditRegular />}
                        label={texts.settings.editNamed(item.name)}
                        onClick={() => open(item)}
                      />
                      <IconButton
                        appearance="subtle"
                        icon={<DeleteRegular />}
                        label={texts.settings.removeNamed(item.name)}
                        onClick={() => setRemoving(item)}
                      />
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

      <EditItemDialog
        open={editing !== undefined}
        title={editing?.item ? withWritten(texts.settings.editNamed, editing.item.name) : props.addLabel}
        error={saveError}
        describeCurrent={props.describeCurrent}
        onSave={save}
        onClose={() => setEditing(undefined)}
        onReload={() => {
          setEditing(undefined);
          setSaveError(undefined);
          void list.refetch();
        }}
      >
        {editing && props.form(editing.draft, (draft) => setEditing({ ...editing, draft }), saveError)}
      </EditItemDialog>
      <RemoveItemDialog name={removing?.name} onRemove={() => void remove()} onClose={() => setRemoving(undefined)} />
    </section>
  );
}
