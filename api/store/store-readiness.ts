import type { StoragePort } from './port.js';
import { GraphError, GraphUnavailableError } from './sharepoint/graph-errors.js';

export type StoreState = 'ok' | 'throttled' | 'unreachable';

/**
 * Whether the store answers now, and if not, whether it is only throttling (SharePoint asks the app to slow
 * down: every instance would be refused alike, so none should be recycled) or cannot be reached at all.
 */
export async function storeReadiness(store: StoragePort): Promise<{ state: StoreState; error?: unknown }> {
  try {
    await store.ping();
    return { state: 'ok' };
  } catch (error) {
    const status =
      error instanceof GraphError
        ? error.status
        : error instanceof GraphUnavailableError
          ? error.lastStatus
          : undefined;
    return { state: status === 429 || status === 503 ? 'throttled' : 'unreachable', error };
  }
}
