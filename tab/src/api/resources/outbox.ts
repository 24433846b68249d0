import type { OutboxJson } from '../../../../api/contract/outbox.js';
import { useResource } from '../use-resource.js';

export const outboxKeys = { all: ['outbox'] as const };

/** The mail and meeting invitations sent (or, locally, only kept), newest first, and how mail goes out. */
export const useOutbox = () => useResource<OutboxJson>(outboxKeys.all, '/api/outbox');
