import { fixedClock } from '../../api/domain/clock.js';
import { SharePointStore } from '../../api/store/sharepoint/sharepoint-store.js';
import { startGraphSimulator } from '../graph-simulator/graph-simulator.js';
import { describeStorageContract } from './storage-contract.js';

const now = '2026-11-24T08:00:00.000Z';

describeStorageContract('sharepoint (Graph simulator)', async () => {
  const simulator = await startGraphSimulator({ clock: fixedClock(now) });
  const store = new SharePointStore({ baseUrl: simulator.url, siteId: simulator.siteId, tokens: { getToken: async () => 'test-token' } });
  return {
    store,
    now,
    cleanup: async () => {
      await store.close();
      await simulator.close();
    },
  };
});

// The pessimistic reading of Graph: $orderby on list items ignored (microsoft-graph-docs #14191).
describeStorageContract('sharepoint (Graph simulator ignoring $orderby)', async () => {
  const simulator = await startGraphSimulator({ clock: fixedClock(now), ignoreOrderBy: true });
  const store = new SharePointStore({ baseUrl: simulator.url, siteId: simulator.siteId, tokens: { getToken: async () => 'test-token' } });
  return {
    store,
    now,
    cleanup: async () => {
      await store.close();
      await simulator.close();
    },
  };
});
