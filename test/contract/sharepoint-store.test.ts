import { fixedClock } from '../../api/domain/clock.js';
import { SharePointStore } from '../../api/store/sharepoint/sharepoint-store.js';
import { startGraphSimulator, type GraphSimulatorOptions } from '../graph-simulator/graph-simulator.js';
import { describeStorageContract } from './storage-contract.js';

const now = '2026-11-24T08:00:00.000Z';

/** The contract on the sharepoint adapter talking to a simulator with these options. */
const onSimulator = (options: GraphSimulatorOptions) => async () => {
  const simulator = await startGraphSimulator({ clock: fixedClock(now), ...options });
  const store = new SharePointStore({
    baseUrl: simulator.url,
    siteId: simulator.siteId,
    tokens: { getToken: async () => 'test-token' },
  });
  return {
    store,
    now,
    cleanup: async () => {
      await store.close();
      await simulator.close();
    },
  };
};

describeStorageContract('sharepoint (Graph simulator)', onSimulator({}));

// The pessimistic reading of Graph: $orderby on list items ignored (microsoft-graph-docs #14191).
describeStorageContract('sharepoint (Graph simulator ignoring $orderby)', onSimulator({ ignoreOrderBy: true }));
