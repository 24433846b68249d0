import type { EntryJson, EntryPageJson } from '../../../../../api/contract/situation-entries.js';
import type { EntryCategory } from '../../../../../api/domain/situation/entry.js';

// The entry routes' answers, as their response schemas say.
export type { EntryCategory, EntryJson, EntryPageJson };
