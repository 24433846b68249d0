import {
  Badge,
  Body1,
  Button,
  Checkbox,
  Field,
  Input,
  makeStyles,
  Select,
  Spinner,
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
import { useCallback, useEffect, useState } from 'react';
import { entrySourceSchema } from '../../../../../api/domain/situation/entry.js';
import type { ApiError } from '../../../api/client.js';
import { useLanguage, useTexts } from '../../../i18n/language.js';
import { useSession } from '../../../session.js';
import { ErrorMessage } from '../../common/ErrorMessage.js';
import { formatDate } from '../../common/format.js';
import { EntryDialog } from './EntryDialog.js';
import type { EntryCategory, EntryJson, EntryPageJson } from './entry-types.js';
import { categoryNamer } from '../category-name.js';
import { ScrollRegion } from '../../common/ScrollRegion.js';
import { IconButton } from '../../common/IconButton.js';
import { HistoryButton } from '../../common/HistoryButton.js';
import { useConfirm } from '../../common/ConfirmDialog.js';
import { sourceLabel } from '../../../../../api/domain/situation/source-label.js';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  filters: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap', alignItems: 'flex-end' },
});

interface Filters {
  from: string;
  to: string;
  category: string;
  area: string;
  source: string;
  onlyNew: boolean;
  q: string;
}
const noFilters: Filters = { from: '', to: '', category: '', area: '', source: '', onlyNew: false, q: '' };
const pageSize = 50;

/** The continuous lägesbild as a list people filter, search and add to. */
export function EntriesPage() {
  const texts = useTexts().situation;
  const confirmTexts = useTexts().confirm;
  const [confirm, confirmation] = useConfirm();
  // Focus goes back to the button that opened a dialog once it closes.
  const restoreFocus = useRestoreFocusTarget();
  const language = useLanguage();
  const styles = useStyles();
  const { api, me } = useSession();
  const [filters, setFilters] = useState(noFilters);
  const [applied, setApplied] = useState(noFilters);
  const [page, setPage] = useState<EntryPageJson>();
  const [limit, setLimit] = useState(pageSize);
  const [lookups, setLookups] = useState<{ categories: EntryCategory[]; departments: { id: string; name: string }[]; actors: { id: string; name: string }[]; today: string }>();
  const [editing, setEditing] = useState<{ entry?: EntryJson; open: boolean; key: number }>();
  const [error, setError] = useState<ApiError>();
  const mayWrite = me.roles.includes('SecurityChief') || me.can.submitDepartmentReport || me.can.writeActorEntries;
  const mayChange = (entry: EntryJson) =>
    me.roles.includes('SecurityChief') ||
    (me.can.submitDepartmentReport && entry.departmentId !== null && entry.departmentId === me.departmentId) ||
    (me.can.writeActorEntries && entry.actorId !== null && entry.actorId === me.actorId);

  useEffect(() => {
    void Promise.all([
      api.request<{ categories: EntryCategory[] }>('/api/situation/categories'),
      api.request<{ departments: { id: string; name: string }[] }>('/api/departments'),
      api.request<{ actors: { id: string; name: string }[] }>('/api/actors'),
      api.request<{ today: string }>('/api/cycles/current'),
    ]).then(([c, d, a, cycle]) => setLookups({ categories: c.categories, departments: d.departments, actors: a.actors, today: cycle.today }), (e: ApiError) => setError(e));
  }, [api]);

  const load = useCallback(async () => {
    const query = new URLSearchParams({ limit: String(limit) });
    if (applied.from) query.set('from', applied.from);
    if (applied.to) query.set('to', applied.to);
    if (applied.category) query.set('category', applied.category);
    if (applied.area.trim()) query.set('area', applied.area.trim());
    if (applied.source) query.set('source', applied.source);
    if (applied.onlyNew) query.set('newPhenomenon', 'true');
    if (applied.q.trim()) query.set('q', applied.q.trim());
    try {
      setPage(await api.request<EntryPageJson>(`/api/situation/entries?${query.toString()}`));
      setError(undefined);
    } catch (e) {
      setError(e as ApiError);
    }
  }, [api, applied, limit]);
  useEffect(() => void load(), [load]);

  if (!lookups) return error ? <ErrorMessage error={error} /> : <Spinner label={texts.entriesPage} />;
  const categoryName = categoryNamer(lookups.categories, language);
  const remove = async (entry: EntryJson) => {
    if (!(await confirm({ message: texts.confirmRemove, confirmLabel: confirmTexts.remove }))) return;
    try {
      await api.request(`/api/situation/entries/${entry.id}`, { method: 'DELETE', ifMatch: entry.etag });
      await load();
    } catch (e) {
      setError(e as ApiError);
    }
  };

  return (
    <div className={styles.page}>
      {confirmation}
      <Body1 as="p">{texts.intro}</Body1>
      <search>
      <form
        className={styles.filters}
        onSubmit={(event) => {
          event.preventDefault();
          setLimit(pageSize);
          setApplied(filters);
        }}
      >
        <Field label={texts.from}>
          <Input type="date" value={filters.from} onChange={(_, d) => setFilters({ ...filters, from: d.value })} />
        </Field>
        <Field label={texts.to}>
          <Input type="date" value={filters.to} onChange={(_, d) => setFilters({ ...filters, to: d.value })} />
        </Field>
        <Field label={texts.category}>
          <Select value={filters.category} onChange={(_, d) => setFilters({ ...filters, category: d.value })}>
            <option value="">{texts.allCategories}</option>
            {lookups.categories.map((c) => (
              <option key={c.id} value={c.id}>
                {categoryName(c.id)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={texts.area}>
          <Input value={filters.area} onChange={(_, d) => setFilters({ ...filters, area: d.value })} />
        </Field>
        <Field label={texts.source}>
          <Select value={filters.source} onChange={(_, d) => setFilters({ ...filters, source: d.value })}>
            <option value="">{texts.allSources}</option>
            {entrySourceSchema.options.map((source) => (
              <option key={source} value={source}>
                {texts.sourceTitles[source]}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={texts.search}>
          <Input type="search" value={filters.q} onChange={(_, d) => setFilters({ ...filters, q: d.value })} />
        </Field>
        <Checkbox label={texts.onlyNew} checked={filters.onlyNew} onChange={(_, d) => setFilters({ ...filters, onlyNew: d.checked === true })} />
        <Button appearance="primary" type="submit">
          {texts.apply}
        </Button>
        <Button
          onClick={() => {
            setFilters(noFilters);
            setApplied(noFilters);
          }}
        >
          {texts.clear}
        </Button>
      </form>
      </search>
      {mayWrite && (
        <div>
          <Button {...restoreFocus} icon={<AddRegular />} onClick={() => setEditing({ open: true, key: Date.now() })}>
            {texts.newEntry}
          </Button>
        </div>
      )}
      <ErrorMessage error={error} />
      {page && (
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
                      <TableCell>{entry.area}</TableCell>
                      <TableCell>
                        {categoryName(entry.category)}
                        {entry.categoryText && ` (”${entry.categoryText}”)`}
                      </TableCell>
                      <TableCell>{sourceLabel(texts.sourceTitles[entry.source], entry.sourceName)}</TableCell>
                      <TableCell>
                        {entry.description}{' '}
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
                        {mayWrite && mayChange(entry) && (
                          <>
                            <IconButton icon={<EditRegular />} label={texts.edit(entry.area, entry.date)} onClick={() => setEditing({ entry, open: true, key: Date.now() })} />
                            <IconButton icon={<DeleteRegular />} label={texts.remove(entry.area, entry.date)} onClick={() => void remove(entry)} />
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
              <Button onClick={() => setLimit(limit + pageSize)}>{texts.more}</Button>
            </div>
          )}
        </>
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
          onClose={(saved) => {
            setEditing({ ...editing, open: false });
            if (saved) void load();
          }}
        />
      )}
    </div>
  );
}
