import type { AppConfig } from '../config/env.js';
import { appTokens, type StoreOverrides } from '../store/create-store.js';
import { GraphHttp } from '../store/sharepoint/graph-http.js';
import { GraphMessenger } from './graph-messenger.js';
import { outboxOnly, type Messenger } from './messenger.js';

/** In a tenant with COUNCIL_MAILBOX: mail and meetings through Graph from that mailbox. Otherwise only the outbox. */
export function createMessenger(config: AppConfig, overrides: StoreOverrides = {}): Messenger {
  const tenant = config.microsoft365;
  const mailbox = config.env.COUNCIL_MAILBOX;
  if (!tenant || !mailbox) return outboxOnly;
  return new GraphMessenger(
    new GraphHttp({ baseUrl: tenant.graphBaseUrl, tokens: overrides.graphTokens ?? appTokens(tenant) }),
    mailbox,
  );
}
