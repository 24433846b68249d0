import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConflictError, NotFoundError, StoreUsageError } from '../../api/store/errors.js';
import { queryAll, type ListDefinition, type StoragePort } from '../../api/store/port.js';

export interface ContractSubject {
  store: StoragePort;
  /** The instant the subject's clock reports, ISO. */
  now: string;
  cleanup(): Promise<void>;
}

const reports: ListDefinition = {
  name: 'contractReports',
  title: 'Kontraktstest',
  columns: [
    { name: 'title', type: 'text', indexed: true },
    { name: 'body', type: 'note' },
    { name: 'score', type: 'number', indexed: true },
    { name: 'submitted', type: 'boolean', indexed: true },
    { name: 'dueAt', type: 'dateTime', indexed: true },
    { name: 'details', type: 'json' },
    { name: 'area', type: 'text' },
  ],
};

const actor = 'contract-tester';

/**
 * The behaviour every storage adapter must have. The embedded adapter runs it directly;
 * the sharepoint adapter runs the very same suite against the Graph simulator.
 */
export function describeStorageContract(adapterName: string, createSubject: () => Promise<ContractSubject>): void {
  describe(`storage contract: ${adapterName}`, () => {
    let subject: ContractSubject;
    let store: StoragePort;

    beforeEach(async () => {
      subject = await createSubject();
      store = subject.store;
      await store.ensureList(reports);
    });
    afterEach(async () => {
      await subject.cleanup();
    });

    describe('lists', () => {
      it('creates an item and reads every column type back unchanged', async () => {
        const created = await store.createItem(
          'contractReports',
          {
            title: 'Klotter vid stationen',
            body: 'Rad 1\nRad 2 – åäö',
            score: 4.5,
            submitted: true,
            dueAt: '2026-11-30',
            details: { tags: ['a', 'b'], n: 1 },
          },
          actor,
        );
        expect(created.id).toMatch(/\S/);
        expect(created.etag).toMatch(/\S/);
        expect(created.createdBy).toBe(actor);
        expect(created.modifiedBy).toBe(actor);
        expect(created.createdAt).toBe(subject.now);
        const read = await store.getItem('contractReports', created.id);
        expect(read?.fields).toEqual({
          title: 'Klotter vid stationen',
          body: 'Rad 1\nRad 2 – åäö',
          score: 4.5,
          submitted: true,
          dueAt: '2026-11-30',
          details: { tags: ['a', 'b'], n: 1 },
          area: null,
        });
        expect(read?.etag).toBe(created.etag);
      });

      it('ensures a list twice without losing items, and adds new columns', async () => {
        const item = await store.createItem('contractReports', { title: 'kvar' }, actor);
        await store.ensureList({
          ...reports,
          columns: [...reports.columns, { name: 'place', type: 'text', indexed: true }],
        });
        const read = await store.getItem('contractReports', item.id);
        expect(read?.fields.title).toBe('kvar');
        expect(read?.fields.place).toBeNull();
        const updated = await store.updateItem('contractReports', item.id, item.etag, { place: 'Torget' }, actor);
        expect(updated.fields.place).toBe('Torget');
      });

      it('refuses to change the type of an existing column', async () => {
        await expect(
          store.ensureList({ ...reports, columns: [{ name: 'score', type: 'text' }] }),
        ).rejects.toBeInstanceOf(StoreUsageError);
      });

      it('refuses unknown columns and values of the wrong type, writing nothing', async () => {
        await expect(store.createItem('contractReports', { title: 'x', nope: 1 }, actor)).rejects.toBeInstanceOf(
          StoreUsageError,
        );
        await expect(store.createItem('contractReports', { score: 'fyra' }, actor)).rejects.toBeInstanceOf(
          StoreUsageError,
        );
        await expect(store.createItem('contractReports', { dueAt: '30/11/2026' }, actor)).rejects.toBeInstanceOf(
          StoreUsageError,
        );
        await expect(store.createItem('contractReports', { submitted: 'ja' }, actor)).rejects.toBeInstanceOf(
          StoreUsageError,
        );
        expect(await queryAll(store, 'contractReports')).toHaveLength(0);
      });

      it('refuses a list that does not exist', async () => {
        await expect(store.createItem('noSuchList', { title: 'x' }, actor)).rejects.toBeInstanceOf(StoreUsageError);
      });

      it('merges an update, changes the etag and records who changed it', async () => {
        const item = await store.createItem('contractReports', { title: 'före', score: 1 }, actor);
        const updated = await store.updateItem('contractReports', item.id, item.etag, { score: 2 }, 'someone-else');
        expect(updated.fields).toMatchObject({ title: 'före', score: 2 });
        expect(updated.etag).not.toBe(item.etag);
        expect(updated.modifiedBy).toBe('someone-else');
        expect(updated.createdBy).toBe(actor);
      });

      it('keeps the item as it was after each change, with who made it, oldest first', async () => {
        const item = await store.createItem(
          'contractReports',
          { title: 'första', score: 1, details: { steg: [1] } },
          actor,
        );
        const second = await store.updateItem('contractReports', item.id, item.etag, { score: 2 }, 'someone-else');
        await store.updateItem(
          'contractReports',
          item.id,
          second.etag,
          { title: 'tredje', details: { steg: [1, 2] } },
          actor,
        );
        const versions = await store.itemVersions('contractReports', item.id);
        expect(versions.map((v) => [v.by, v.fields.title, v.fields.score, v.fields.details])).toEqual([
          [actor, 'första', 1, { steg: [1] }],
          ['someone-else', 'första', 2, { steg: [1] }],
          [actor, 'tredje', 2, { steg: [1, 2] }],
        ]);
        expect(versions.every((v) => !Number.isNaN(Date.parse(v.at)))).toBe(true);
        expect(await store.itemVersions('contractReports', '999999')).toEqual([]);
      });

      it('answers a stale etag with a conflict carrying the current item, and changes nothing', async () => {
        const item = await store.createItem('contractReports', { title: 'original' }, actor);
        const first = await store.updateItem('contractReports', item.id, item.etag, { title: 'first writer' }, actor);
        const attempt = store.updateItem('contractReports', item.id, item.etag, { title: 'second writer' }, actor);
        await expect(attempt).rejects.toBeInstanceOf(ConflictError);
        const error = (await attempt.catch((e: unknown) => e)) as ConflictError;
        expect(error.current.fields.title).toBe('first writer');
        expect(error.current.etag).toBe(first.etag);
        expect((await store.getItem('contractReports', item.id))?.fields.title).toBe('first writer');
      });

      it('deletes only with the current etag', async () => {
        const item = await store.createItem('contractReports', { title: 'ta bort' }, actor);
        const updated = await store.updateItem('contractReports', item.id, item.etag, { title: 'ändrad' }, actor);
        await expect(store.deleteItem('contractReports', item.id, item.etag, actor)).rejects.toBeInstanceOf(
          ConflictError,
        );
        await store.deleteItem('contractReports', item.id, updated.etag, actor);
        expect(await store.getItem('contractReports', item.id)).toBeUndefined();
        await expect(store.deleteItem('contractReports', item.id, updated.etag, actor)).rejects.toBeInstanceOf(
          NotFoundError,
        );
        await expect(
          store.updateItem('contractReports', item.id, updated.etag, { title: 'x' }, actor),
        ).rejects.toBeInstanceOf(NotFoundError);
      });

      it('updates and deletes only the version read: `*`, no ETag or a weak one is a conflict', async () => {
        const item = await store.createItem('contractReports', { title: 'skyddad' }, actor);
        for (const etag of ['*', '', `W/${item.etag}`, `${item.etag}, "x"`]) {
          await expect(
            store.updateItem('contractReports', item.id, etag, { title: 'över' }, actor),
            etag,
          ).rejects.toBeInstanceOf(ConflictError);
          await expect(store.deleteItem('contractReports', item.id, etag, actor), etag).rejects.toBeInstanceOf(
            ConflictError,
          );
        }
        expect((await store.getItem('contractReports', item.id))?.fields.title).toBe('skyddad');
      });

      it('answers an unknown id with undefined', async () => {
        expect(await store.getItem('contractReports', '999999')).toBeUndefined();
        expect(await store.getItem('contractReports', 'not-a-number')).toBeUndefined();
      });

      it('finds no item by its id written otherwise (a leading zero, a sign, a decimal point)', async () => {
        const item = await store.createItem('contractReports', { title: 'nummer' }, actor);
        for (const written of [`0${item.id}`, `+${item.id}`, `${item.id}.0`, '0']) {
          expect(await store.getItem('contractReports', written), written).toBeUndefined();
          await expect(
            store.updateItem('contractReports', written, item.etag, { title: 'x' }, actor),
            written,
          ).rejects.toBeInstanceOf(NotFoundError);
          await expect(store.deleteItem('contractReports', written, item.etag, actor), written).rejects.toBeInstanceOf(
            NotFoundError,
          );
        }
        expect((await store.getItem('contractReports', item.id))?.fields.title).toBe('nummer');
      });
    });

    describe('queries', () => {
      beforeEach(async () => {
        const rows = [
          { title: 'A', score: 1, submitted: true, dueAt: '2026-01-15' },
          { title: 'B', score: 5, submitted: false, dueAt: '2026-03-01' },
          { title: 'C', score: 3, submitted: true, dueAt: '2026-11-30' },
          { title: 'D', score: null, submitted: false, dueAt: '2027-02-28' },
        ];
        for (const row of rows) await store.createItem('contractReports', row, actor);
      });
      const titles = async (query: Parameters<StoragePort['queryItems']>[1]) =>
        (await queryAll(store, 'contractReports', query)).map((item) => item.fields.title);

      it('filters on equality, booleans and null', async () => {
        expect(await titles({ filters: [{ field: 'title', op: 'eq', value: 'B' }] })).toEqual(['B']);
        expect(
          await titles({ filters: [{ field: 'submitted', op: 'eq', value: true }], orderBy: [{ field: 'title' }] }),
        ).toEqual(['A', 'C']);
        expect(await titles({ filters: [{ field: 'score', op: 'eq', value: null }] })).toEqual(['D']);
        expect(
          await titles({ filters: [{ field: 'score', op: 'ne', value: null }], orderBy: [{ field: 'title' }] }),
        ).toEqual(['A', 'B', 'C']);
        expect(
          await titles({ filters: [{ field: 'title', op: 'ne', value: 'A' }], orderBy: [{ field: 'title' }] }),
        ).toEqual(['B', 'C', 'D']);
      });

      it('filters on ranges of numbers and dates, combined', async () => {
        expect(
          await titles({ filters: [{ field: 'score', op: 'ge', value: 3 }], orderBy: [{ field: 'score' }] }),
        ).toEqual(['C', 'B']);
        expect(await titles({ filters: [{ field: 'score', op: 'lt', value: 3 }] })).toEqual(['A']);
        expect(
          await titles({
            filters: [
              { field: 'dueAt', op: 'ge', value: '2026-02-01' },
              { field: 'dueAt', op: 'le', value: '2026-12-31' },
            ],
            orderBy: [{ field: 'dueAt' }],
          }),
        ).toEqual(['B', 'C']);
        expect(await titles({ filters: [{ field: 'dueAt', op: 'gt', value: '2026-11-30' }] })).toEqual(['D']);
      });

      it('orders ascending and descending', async () => {
        expect(await titles({ orderBy: [{ field: 'dueAt', direction: 'desc' }] })).toEqual(['D', 'C', 'B', 'A']);
        expect(await titles({ orderBy: [{ field: 'title', direction: 'asc' }] })).toEqual(['A', 'B', 'C', 'D']);
      });

      it('refuses filters and ordering on columns that are not indexed', async () => {
        await expect(
          store.queryItems('contractReports', { filters: [{ field: 'area', op: 'eq', value: 'x' }] }),
        ).rejects.toBeInstanceOf(StoreUsageError);
        await expect(store.queryItems('contractReports', { orderBy: [{ field: 'area' }] })).rejects.toBeInstanceOf(
          StoreUsageError,
        );
        await expect(
          store.queryItems('contractReports', { filters: [{ field: 'nope', op: 'eq', value: 'x' }] }),
        ).rejects.toBeInstanceOf(StoreUsageError);
      });

      it('reads only the fields a query selects, on every page, and refuses a column the list lacks', async () => {
        for (let i = 0; i < 5; i += 1)
          await store.createItem('contractReports', { title: `S${i}`, score: 200 + i }, actor);
        const selected = await queryAll(store, 'contractReports', {
          filters: [{ field: 'score', op: 'ge', value: 200 }],
          select: ['title'],
          top: 2,
        });
        expect(selected.map((item) => item.fields)).toEqual([0, 1, 2, 3, 4].map((i) => ({ title: `S${i}` })));
        expect(selected.every((item) => item.etag && item.id)).toBe(true);
        await expect(store.queryItems('contractReports', { select: ['nope'] })).rejects.toBeInstanceOf(StoreUsageError);
        await expect(
          store.queryItems('contractReports', { select: ['title'], orderBy: [{ field: 'score' }] }),
        ).rejects.toBeInstanceOf(StoreUsageError);
      });

      it('pages through many items, each exactly once and in order', async () => {
        for (let i = 0; i < 230; i += 1)
          await store.createItem('contractReports', { title: `P${String(i).padStart(3, '0')}`, score: 100 + i }, actor);
        const seen: string[] = [];
        let pageToken: string | undefined;
        let pages = 0;
        do {
          const page = await store.queryItems('contractReports', {
            filters: [{ field: 'score', op: 'ge', value: 100 }],
            orderBy: [{ field: 'score' }],
            top: 100,
            pageToken,
          });
          expect(page.items.length).toBeLessThanOrEqual(100);
          seen.push(...page.items.map((item) => String(item.fields.title)));
          pageToken = page.nextPageToken;
          pages += 1;
        } while (pageToken);
        expect(pages).toBe(3);
        expect(seen).toHaveLength(230);
        expect(seen[0]).toBe('P000');
        expect(seen[229]).toBe('P229');
        expect(new Set(seen).size).toBe(230);
      });
    });

    describe('batch', () => {
      it('applies creates, updates and deletes of one user action', async () => {
        const a = await store.createItem('contractReports', { title: 'a' }, actor);
        const b = await store.createItem('contractReports', { title: 'b' }, actor);
        const results = await store.batch(
          [
            { op: 'create', list: 'contractReports', fields: { title: 'c' } },
            { op: 'update', list: 'contractReports', id: a.id, etag: a.etag, fields: { title: 'a2' } },
            { op: 'delete', list: 'contractReports', id: b.id, etag: b.etag },
          ],
          actor,
        );
        expect(results.map((r) => r.op)).toEqual(['create', 'update', 'delete']);
        const titles = (await queryAll(store, 'contractReports', { orderBy: [{ field: 'title' }] })).map(
          (i) => i.fields.title,
        );
        expect(titles).toEqual(['a2', 'c']);
      });

      it('reports a stale etag inside a batch as a conflict', async () => {
        const a = await store.createItem('contractReports', { title: 'a' }, actor);
        await store.updateItem('contractReports', a.id, a.etag, { title: 'moved on' }, actor);
        const attempt = store.batch(
          [
            { op: 'create', list: 'contractReports', fields: { title: 'new' } },
            { op: 'update', list: 'contractReports', id: a.id, etag: a.etag, fields: { title: 'stale' } },
          ],
          actor,
        );
        await expect(attempt).rejects.toBeInstanceOf(ConflictError);
        expect((await store.getItem('contractReports', a.id))?.fields.title).toBe('moved on');
        if (store.atomicBatch) {
          expect((await queryAll(store, 'contractReports')).map((i) => i.fields.title)).toEqual(['moved on']);
        }
      });
    });

    describe('document libraries', () => {
      beforeEach(async () => {
        await store.ensureLibrary({ name: 'contractDocs', title: 'Kontraktsdokument' });
      });

      it('stores a file and reads its bytes back', async () => {
        const bytes = new Uint8Array([0, 1, 2, 250, 255, 80, 75]);
        const info = await store.putFile(
          'contractDocs',
          '2026/Lägesbild 2026.docx',
          bytes,
          'application/octet-stream',
          actor,
        );
        expect(info).toMatchObject({ path: '2026/Lägesbild 2026.docx', version: '1.0', size: 7, modifiedBy: actor });
        const read = await store.getFile('contractDocs', '2026/Lägesbild 2026.docx');
        expect([...(read?.content ?? [])]).toEqual([...bytes]);
      });

      it('keeps every version and never overwrites', async () => {
        const encoder = new TextEncoder();
        await store.putFile('contractDocs', 'plan.docx', encoder.encode('första'), 'text/plain', actor);
        const second = await store.putFile(
          'contractDocs',
          'plan.docx',
          encoder.encode('andra'),
          'text/plain',
          'another',
        );
        expect(second.version).toBe('2.0');
        expect(new TextDecoder().decode((await store.getFile('contractDocs', 'plan.docx'))?.content)).toBe('andra');
        expect(new TextDecoder().decode((await store.getFile('contractDocs', 'plan.docx', '1.0'))?.content)).toBe(
          'första',
        );
        const versions = await store.listVersions('contractDocs', 'plan.docx');
        expect(versions.map((v) => [v.version, v.modifiedBy])).toEqual([
          ['2.0', 'another'],
          ['1.0', actor],
        ]);
      });

      it('lists folders and files one level at a time', async () => {
        const bytes = new TextEncoder().encode('x');
        await store.putFile('contractDocs', 'råd/2026/agenda.docx', bytes, 'text/plain', actor);
        await store.putFile('contractDocs', 'råd/2026/protokoll.docx', bytes, 'text/plain', actor);
        await store.putFile('contractDocs', 'råd/2027/agenda.docx', bytes, 'text/plain', actor);
        await store.putFile('contractDocs', 'råd/inbjudan.docx', bytes, 'text/plain', actor);
        const root = await store.listFolder('contractDocs');
        expect(root).toEqual({ folders: ['råd'], files: [] });
        const council = await store.listFolder('contractDocs', 'råd');
        expect(council.folders).toEqual(['2026', '2027']);
        expect(council.files.map((f) => f.path)).toEqual(['råd/inbjudan.docx']);
        expect((await store.listFolder('contractDocs', 'råd/2026')).files.map((f) => f.path)).toEqual([
          'råd/2026/agenda.docx',
          'råd/2026/protokoll.docx',
        ]);
      });

      it('answers missing files and versions with undefined, and refuses bad paths and unknown libraries', async () => {
        expect(await store.getFile('contractDocs', 'saknas.docx')).toBeUndefined();
        await store.putFile('contractDocs', 'finns.docx', new Uint8Array([1]), 'text/plain', actor);
        expect(await store.getFile('contractDocs', 'finns.docx', '7.0')).toBeUndefined();
        for (const bad of ['../etc/passwd', 'a/../b.docx', 'fråga?.docx', 'a:b.docx', ' mellanslag.docx', '']) {
          await expect(
            store.putFile('contractDocs', bad, new Uint8Array([1]), 'text/plain', actor),
          ).rejects.toBeInstanceOf(StoreUsageError);
        }
        await expect(
          store.putFile('noSuchLibrary', 'x.docx', new Uint8Array([1]), 'text/plain', actor),
        ).rejects.toBeInstanceOf(StoreUsageError);
        await expect(store.listVersions('contractDocs', 'saknas.docx')).rejects.toBeInstanceOf(NotFoundError);
      });

      it('keeps each file’s column values across versions, merges changes and clears with null', async () => {
        const columns = [
          { name: 'diarienummer', type: 'text' as const },
          { name: 'handlingstyp', type: 'text' as const },
        ];
        await store.ensureLibrary({ name: 'contractDocs', title: 'Kontraktsdokument', columns });
        await store.ensureLibrary({ name: 'contractDocs', title: 'Kontraktsdokument', columns });
        await store.putFile('contractDocs', 'råd/plan.docx', new TextEncoder().encode('första'), 'text/plain', actor);
        expect((await store.getFile('contractDocs', 'råd/plan.docx'))?.info.fields).toBeUndefined();
        const set = await store.setFileFields(
          'contractDocs',
          'råd/plan.docx',
          { diarienummer: 'KS 2026/123', handlingstyp: 'Åtgärdsplan' },
          'registrator',
        );
        expect(set.fields).toEqual({ diarienummer: 'KS 2026/123', handlingstyp: 'Åtgärdsplan' });
        await store.setFileFields('contractDocs', 'råd/plan.docx', { handlingstyp: null }, 'registrator');
        await store.putFile('contractDocs', 'råd/plan.docx', new TextEncoder().encode('andra'), 'text/plain', actor);
        const read = await store.getFile('contractDocs', 'råd/plan.docx');
        expect(read?.info.fields).toEqual({ diarienummer: 'KS 2026/123' });
        expect(new TextDecoder().decode(read?.content)).toBe('andra');
        expect((await store.listFolder('contractDocs', 'råd')).files[0]?.fields).toEqual({
          diarienummer: 'KS 2026/123',
        });
      });

      it('refuses a column the library lacks, too long a value and a file that is not there, changing nothing', async () => {
        await store.ensureLibrary({
          name: 'contractDocs',
          title: 'Kontraktsdokument',
          columns: [{ name: 'diarienummer', type: 'text' }],
        });
        await store.putFile('contractDocs', 'plan.docx', new Uint8Array([1]), 'text/plain', actor);
        await expect(
          store.setFileFields('contractDocs', 'plan.docx', { diarienummer: 'KS 1', okand: 'x' }, actor),
        ).rejects.toBeInstanceOf(StoreUsageError);
        await expect(
          store.setFileFields('contractDocs', 'plan.docx', { diarienummer: 'x'.repeat(256) }, actor),
        ).rejects.toBeInstanceOf(StoreUsageError);
        await expect(
          store.setFileFields('contractDocs', 'saknas.docx', { diarienummer: 'KS 1' }, actor),
        ).rejects.toBeInstanceOf(NotFoundError);
        expect((await store.getFile('contractDocs', 'plan.docx'))?.info.fields).toBeUndefined();
      });
    });
  });
}
