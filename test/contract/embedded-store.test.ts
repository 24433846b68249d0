import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../api/domain/clock.js';
import { EmbeddedStore } from '../../api/store/embedded/embedded-store.js';
import { describeStorageContract } from './storage-contract.js';

const now = '2026-11-24T08:00:00.000Z';

describeStorageContract('embedded (SQLite)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'store-contract-'));
  const store = new EmbeddedStore(dir, fixedClock(now));
  return {
    store,
    now,
    cleanup: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});

describe('embedded store on disk', () => {
  it('keeps lists, items and files across a restart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'store-restart-'));
    try {
      const first = new EmbeddedStore(dir, fixedClock(now));
      await first.ensureList({
        name: 'notes',
        title: 'Anteckningar',
        columns: [{ name: 'text', type: 'text', indexed: true }],
      });
      await first.ensureLibrary({ name: 'docs', title: 'Dokument' });
      const item = await first.createItem('notes', { text: 'sparad' }, 'tester');
      await first.putFile('docs', 'a.txt', new TextEncoder().encode('innehåll'), 'text/plain', 'tester');
      await first.close();

      const second = new EmbeddedStore(dir, fixedClock(now));
      expect((await second.getItem('notes', item.id))?.fields.text).toBe('sparad');
      expect(new TextDecoder().decode((await second.getFile('docs', 'a.txt'))?.content)).toBe('innehåll');
      const more = await second.queryItems('notes', { filters: [{ field: 'text', op: 'eq', value: 'sparad' }] });
      expect(more.items).toHaveLength(1);
      await second.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('uses write-ahead logging', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'store-wal-'));
    const store = new EmbeddedStore(dir, fixedClock(now));
    await store.ensureList({ name: 'notes', title: 'Anteckningar', columns: [{ name: 'text', type: 'text' }] });
    await store.createItem('notes', { text: 'x' }, 'tester');
    expect(existsSync(join(dir, 'trygghetshjulet.sqlite-wal'))).toBe(true);
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });
});
