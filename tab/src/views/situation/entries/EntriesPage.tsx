import { Body1, Button, makeStyles, Spinner, tokens, useRestoreFocusTarget } from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { ApiError } from '../../../api/client.js';
import { useCurrentCycle } from '../../../api/resources/cycles.js';
import { useActors, useDepartments } from '../../../api/resources/organisation.js';
import { useCategories } from '../../../api/resources/situation-categories.js';
import { useEntryChange, useEntryPage } from '../../../api/resources/situation-entries.js';
import { useLanguage, useTexts } from '../../../i18n/language.js';
import { useSession } from '../../../session.js';
import { useConfirm } from '../../common/ConfirmDialog.js';
import { ErrorMessage } from '../../common/ErrorMessage.js';
import { categoryNamer } from '../category-name.js';
import { EntriesTable } from './EntriesTable.js';
import { entryQuery, noFilters, pageSize } from './entry-filters.js';
import { EntryDialog } from './EntryDialog.js';
import { EntryFilters } from './EntryFilters.js';
import type { EntryJson } from './entry-types.js';

const useStyles = makeStyles({ page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM } });

/** The continuous lägesbild as a list people filter, search and add to. */
export function EntriesPage() {
  const texts = useTexts().situation;
  const confirmTexts = useTexts().confirm;
  const [confirm, confirmation] = useConfirm();
  // Focus goes back to the button that opened a dialog once it closes.
  const restoreFocus = useRestoreFocusTarget();
  const language = useLanguage();
  const styles = useStyles();
  const { me } = useSession();
  const [applied, setApplied] = useState(noFilters);
  const [limit, setLimit] = useState(pageSize);
  const [editing, setEditing] = useState<{ entry?: EntryJson; open: boolean; key: number }>();
  const [removeError, setRemoveError] = useState<ApiError>();
  const categories = useCategories();
  const departments = useDepartments();
  const actors = useActors();
  const current = useCurrentCycle();
  const { data: page, error: pageError } = useEntryPage(entryQuery(applied, limit));
  const removeEntry = useEntryChange();
  // Dates the list refused are named beside the filter fields, not again above the list.
  const filtersRefused = Boolean(pageError?.issueFor('from') ?? pageError?.issueFor('to'));
  const error =
    removeError ??
    (filtersRefused ? undefined : pageError) ??
    categories.error ??
    departments.error ??
    actors.error ??
    current.error ??
    undefined;
  const mayWrite = me.roles.includes('SecurityChief') || me.can.submitDepartmentReport || me.can.writeActorEntries;
  const mayChange = (entry: EntryJson) =>
    me.roles.includes('SecurityChief') ||
    (me.can.submitDepartmentReport && entry.departmentId !== null && entry.departmentId === me.departmentId) ||
    (me.can.writeActorEntries && entry.actorId !== null && entry.actorId === me.actorId);

  if (!categories.data || !departments.data || !actors.data || !current.data)
    return error ? <ErrorMessage error={error} /> : <Spinner label={texts.entriesPage} />;
  const lookups = {
    categories: categories.data.categories,
    departments: departments.data.departments,
    actors: actors.data.actors,
    today: current.data.today,
  };
  const categoryName = categoryNamer(lookups.categories, language);
  const remove = async (entry: EntryJson) => {
    if (!(await confirm({ message: texts.confirmRemove, confirmLabel: confirmTexts.remove }))) return;
    try {
      await removeEntry.mutateAsync({ method: 'DELETE', path: `/api/situation/entries/${entry.id}`, etag: entry.etag });
      setRemoveError(undefined);
    } catch (e) {
      setRemoveError(e as ApiError);
    }
  };

  return (
    <div className={styles.page}>
      {confirmation}
      <Body1 as="p">{texts.intro}</Body1>
      <EntryFilters
        categories={lookups.categories}
        error={pageError ?? undefined}
        categoryName={categoryName}
        onApply={(filters) => {
          setRemoveError(undefined);
          setLimit(pageSize);
          setApplied(filters);
        }}
        onClear={() => {
          setRemoveError(undefined);
          setApplied(noFilters);
        }}
      />
      {mayWrite && (
        <div>
          <Button {...restoreFocus} icon={<AddRegular />} onClick={() => setEditing({ open: true, key: Date.now() })}>
            {texts.newEntry}
          </Button>
        </div>
      )}
      <ErrorMessage error={error} />
      {page && (
        <EntriesTable
          page={page}
          categoryName={categoryName}
          mayChange={(entry) => mayWrite && mayChange(entry)}
          onEdit={(entry) => setEditing({ entry, open: true, key: Date.now() })}
          onRemove={(entry) => void remove(entry)}
          onMore={() => setLimit(limit + pageSize)}
        />
      )}
      {editing && (
        <EntryDialog
          key={editing.key}
          open={editing.open}
          {...(editing.entry ? { entry: editing.entry } : {})}
          today={lookups.today}
          categories={lookups.categories}
          departments={lookups.departments}
          actors={lookups.actors}
          onClose={() => setEditing({ ...editing, open: false })}
        />
      )}
    </div>
  );
}
