import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../api/domain/clock.js';
import { EmbeddedStore } from '../../api/store/embedded/embedded-store.js';
import { queryAll, type Filter, type ListDefinition } from '../../api/store/port.js';

const now = '2026-11-24T08:00:00.000Z';
const observations: ListDefinition = {
  name: 'observations',
  title: 'Iakttagelser',
  columns: [
    { name: 'date', type: 'text', indexed: true },
    { name: 'area', type: 'text', indexed: true, rarelyFiltered: true },
    { name: 'departmentId', type: 'text', indexed: true },
    { name: 'flagged', type: 'boolean', indexed: true },
  ],
};
const file = (dir: string) => join(dir, 'trygghetshjulet.sqlite');
const indexes = (dir: string) => {
  const db = new Database(file(dir), { readonly: true });
  const rows = db
    .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'list_observations'")
    .all() as { name: string; sql: string }[];
  db.close();
  return Object.fromEntries(rows.map((row) => [row.name, row.sql.replace(/^.* WHERE /, '')]));
};

describe('the embedded store’s indexes', () => {
  let dir: string;
  let store: EmbeddedStore;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'store-indexes-'));
    store = new EmbeddedStore(dir, fixedClock(now));
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('indexes only the rows a filter can find, and no rarely filtered column', async () => {
    await store.ensureList(observations);
    expect(indexes(dir)).toEqual({
      ixp_observations_date: '"c_date" IS NOT NULL',
      ixp_observations_departmentId: '"c_departmentId" IS NOT NULL',
      ixp_observations_flagged: '"c_flagged" = 1',
    });
  });

  it('still filters on a rarely filtered column, on flags both ways, and on an empty column', async () => {
    await store.ensureList(observations);
    const rows = [
      { date: '2026-01-01', area: 'Torget', departmentId: 'skola', flagged: true },
      { date: '2026-02-01', area: 'Hamnen', departmentId: null, flagged: false },
      { date: '2026-03-01', area: 'Torget', departmentId: null, flagged: false },
    ];
    for (const fields of rows) await store.createItem('observations', fields, 'tester');
    const dates = async (filters: Filter[]) =>
      (await queryAll(store, 'observations', { filters, orderBy: [{ field: 'date' }] })).map((i) => i.fields.date);
    expect(await dates([{ field: 'area', op: 'eq', value: 'Torget' }])).toEqual(['2026-01-01', '2026-03-01']);
    expect(await dates([{ field: 'flagged', op: 'eq', value: true }])).toEqual(['2026-01-01']);
    expect(await dates([{ field: 'flagged', op: 'eq', value: false }])).toEqual(['2026-02-01', '2026-03-01']);
    expect(await dates([{ field: 'flagged', op: 'ne', value: true }])).toEqual(['2026-02-01', '2026-03-01']);
    expect(await dates([{ field: 'departmentId', op: 'eq', value: null }])).toEqual(['2026-02-01', '2026-03-01']);
  });

  it('replaces the full indexes of an earlier version with the partial ones', async () => {
    await store.ensureList(observations);
    await store.close();
    const db = new Database(file(dir));
    db.exec('DROP INDEX "ixp_observations_date"');
    db.exec('CREATE INDEX "ix_observations_date" ON "list_observations" ("c_date")');
    db.exec('CREATE INDEX "ix_observations_area" ON "list_observations" ("c_area")');
    db.close();
    store = new EmbeddedStore(dir, fixedClock(now));
    await store.ensureList(observations);
    expect(Object.keys(indexes(dir)).sort()).toEqual([
      'ixp_observations_date',
      'ixp_observations_departmentId',
      'ixp_observations_flagged',
    ]);
  });

  it('pages in id order from the last item read, so an item removed meanwhile makes none skipped', async () => {
    await store.ensureList(observations);
    const created = [];
    for (let i = 0; i < 7; i += 1)
      created.push(await store.createItem('observations', { date: `2026-01-0${i + 1}`, area: 'x' }, 'tester'));
    const first = await store.queryItems('observations', { top: 3 });
    expect(first.items.map((item) => item.id)).toEqual(created.slice(0, 3).map((item) => item.id));
    await store.deleteItem('observations', created[0]!.id, created[0]!.etag, 'tester');
    const second = await store.queryItems('observations', { top: 3, pageToken: first.nextPageToken });
    expect(second.items.map((item) => item.id)).toEqual(created.slice(3, 6).map((item) => item.id));
    await expect(store.queryItems('observations', { pageToken: 'bm90IGpzb24' })).rejects.toThrow(/page token/);
  });

  it('keeps an item’s first version in its row until it changes, then in the audit as it was made', async () => {
    await store.ensureList(observations);
    const item = await store.createItem('observations', { date: '2026-01-01', area: 'Torget' }, 'skapare');
    expect(await store.itemVersions('observations', item.id)).toEqual([
      { at: now, by: 'skapare', fields: { date: '2026-01-01', area: 'Torget', departmentId: null, flagged: null } },
    ]);
    const changed = await store.updateItem('observations', item.id, item.etag, { area: 'Hamnen' }, 'ändrare');
    await store.updateItem('observations', item.id, changed.etag, { flagged: true }, 'ändrare');
    expect(
      (await store.itemVersions('observations', item.id)).map((v) => [v.by, v.fields.area, v.fields.flagged]),
    ).toEqual([
      ['skapare', 'Torget', null],
      ['ändrare', 'Hamnen', null],
      ['ändrare', 'Hamnen', true],
    ]);
  });
});
