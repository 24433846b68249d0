import type { EntryCategory, SituationEntry } from '../../../../../api/domain/situation/entry.js';

export interface EntryJson extends SituationEntry {
  id: string;
  etag: string;
}

export interface EntryPageJson {
  entries: EntryJson[];
  total: number;
  offset: number;
  limit: number;
}

export type { EntryCategory };
