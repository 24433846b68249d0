import { Body1, Button, Spinner, useRestoreFocusTarget } from '@fluentui/react-components';
import { ArrowSyncRegular, SaveRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { ApiError } from '../../api/client.js';
import { useAgendaDraft, useCouncilAgenda, useSaveAgenda } from '../../api/resources/council-agenda.js';
import { useLanguage, useTexts } from '../../i18n/language.js';
import { fieldError } from '../common/field-error.js';
import { AddRowButton } from '../common/AddRowButton.js';
import { DocumentActions } from '../common/DocumentActions.js';
import { ErrorMessage } from '../common/ErrorMessage.js';
import { SaveOutcome } from './SaveOutcome.js';
import { YearSelect } from '../common/YearSelect.js';
import { AgendaItemEditor } from './AgendaItemEditor.js';
import { newRowId, type AgendaItem } from './council-types.js';
import { agendaItemsMax } from '../../../../api/domain/council/agenda.js';
import { usePageStyles } from '../common/page-styles.js';
import { useCouncilYear } from './use-council-year.js';
import { useConfirm } from '../common/ConfirmDialog.js';
import { useSessionDraft } from '../common/use-session-draft.js';
import { ActionButton } from '../common/ActionButton.js';

/** #/strategiskt-rad/dagordning/<year>: the five points filled from the year, edited, saved and made a Word document. */
export function AgendaPage({ path }: { path: string[] }) {
  const texts = useTexts().council;
  const language = useLanguage();
  const [confirm, confirmation] = useConfirm();
  // Focus goes back to the button that opened a dialog once it closes.
  const restoreFocus = useRestoreFocusTarget();
  const styles = usePageStyles();
  const {
    year,
    currentYear,
    council,
    error: councilError,
    setError,
    reload,
    chooseYear,
    editable,
  } = useCouncilYear('dagordning', path);
  const read = useCouncilAgenda(council?.planned ? council.year : undefined);
  const saveAgenda = useSaveAgenda(year ?? 0);
  const freshDraft = useAgendaDraft(year ?? 0);
  const agenda = read.data;
  const error = councilError ?? read.error ?? undefined;
  // The person's changes, with the ETag of the agenda they started from: a save after someone else's is refused until read again.
  // Kept over leaving the view, so a half-written agenda is there when the person comes back.
  const [edits, setEdits] = useSessionDraft<{ year: number; etag: string | null; items: AgendaItem[] }>(
    'trygghetshjulet:agenda-draft:v1',
  );
  const [notice, setNotice] = useState('');

  if (year === undefined || currentYear === undefined || !council)
    return error ? <ErrorMessage error={error} /> : <Spinner label={texts.loading} />;
  const header = (
    <div className={styles.row}>
      <YearSelect label={texts.year} year={year} currentYear={currentYear} ahead={1} onChange={chooseYear} />
    </div>
  );
  if (!council.planned) {
    return (
      <div className={styles.page}>
        {header}
        <Body1 as="p">{editable ? texts.notPlanned(year) : texts.notPlannedReader(year)}</Body1>
      </div>
    );
  }
  if (!agenda || agenda.year !== year) return <Spinner label={texts.loading} />;

  const own = edits?.year === year ? edits : undefined;
  const items = own?.items ?? agenda.items;
  const setItems = (next: AgendaItem[]) => {
    // A refusal names items by their place: once one moves or goes, it would stand beside the wrong one.
    const reordered = next.length !== items.length || next.some((item, index) => item.id !== items[index]?.id);
    if (reordered && error?.status === 400) setError(undefined);
    setEdits({ year, etag: own ? own.etag : agenda.etag, items: next });
  };
  const load = async () => {
    setEdits(undefined);
    await Promise.all([reload(), read.refetch()]);
  };
  const change = (index: number, item: AgendaItem) => setItems(items.map((x, i) => (i === index ? item : x)));
  const move = (index: number, by: -1 | 1) => {
    const target = index + by;
    if (target < 0 || target >= items.length) return;
    const next = [...items];
    [next[index], next[target]] = [next[target]!, next[index]!];
    setItems(next);
  };
  const save = async () => {
    try {
      await saveAgenda.mutateAsync({
        method: 'PUT',
        path: `/api/councils/${year}/agenda`,
        body: { items },
        etag: own ? own.etag : agenda.etag,
      });
      setEdits(undefined);
      setError(undefined);
      setNotice(texts.saved);
    } catch (e) {
      setError(e as ApiError);
    }
  };
  const draft = async () => {
    if (!(await confirm({ message: texts.confirmNewDraft, confirmLabel: texts.newDraft }))) return;
    try {
      setItems(await freshDraft.mutateAsync());
    } catch (e) {
      setError(e as ApiError);
    }
  };

  return (
    <div className={styles.page}>
      {confirmation}
      {header}
      <h2>{texts.agendaHeading(year)}</h2>
      <Body1 as="p">{agenda.saved ? texts.agendaSavedNote : texts.agendaDraftNote}</Body1>
      <SaveOutcome error={error} notice={notice} onReload={() => void load()} />
      {items.map((item, index) => (
        <AgendaItemEditor
          key={item.id}
          item={item}
          number={index + 1}
          editable={editable}
          onChange={(next) => change(index, next)}
          onMove={items.length > 1 ? (by) => move(index, by) : undefined}
          onRemove={() => setItems(items.filter((_, i) => i !== index))}
          onError={setError}
          issue={(field) => fieldError(error, `items.${index}.${field}`, language)}
        />
      ))}
      {editable && (
        <div className={styles.row}>
          <AddRowButton
            count={items.length}
            max={agendaItemsMax}
            what={texts.itemsMany}
            issue={fieldError(error, 'items', language)}
            onAdd={() =>
              setItems([...items, { id: newRowId(), point: null, title: texts.addedItem, text: '', links: [] }])
            }
          >
            {texts.addItem}
          </AddRowButton>
          <Button {...restoreFocus} icon={<ArrowSyncRegular />} onClick={() => void draft()}>
            {texts.newDraft}
          </Button>
          <ActionButton appearance="primary" icon={<SaveRegular />} onAction={save}>
            {texts.saveAgenda}
          </ActionButton>
        </div>
      )}
      <DocumentActions
        path={`/api/councils/${year}/documents/agenda`}
        fileName={`dagordning-strategiskt-rad-${year}.docx`}
        document={council.documents.agenda}
        canSave={editable}
        texts={{ save: texts.saveWord, saved: texts.wordSaved, download: texts.downloadWord }}
        onSaved={reload}
      />
    </div>
  );
}
