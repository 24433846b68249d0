import { loadConfig } from '../../api/config/env.js';
import { createContext } from '../../api/context.js';
import { fixedClock } from '../../api/domain/clock.js';
import type { LibraryDefinition, ListDefinition } from '../../api/store/port.js';
import { RecordingStore } from './recording-store.js';

export interface StorageDefinitions {
  lists: ListDefinition[];
  libraries: LibraryDefinition[];
}

/**
 * Every list and library the app uses, gathered by starting the app's own context on a recording store:
 * a repository added to createContext is provisioned without anyone remembering to list it here.
 */
export async function collectStorageDefinitions(): Promise<StorageDefinitions> {
  const store = new RecordingStore();
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DEMO_DATA: 'false',
    REMINDER_INTERVAL_SECONDS: '0',
  });
  await createContext(config, { store, clock: fixedClock('2026-01-01T00:00:00Z') });
  return { lists: [...store.lists.values()], libraries: [...store.libraries.values()] };
}
