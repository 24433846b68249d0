import { createContext, useContext } from 'react';
import type { ApiClient } from './api/client.js';
import type { Me } from './api/types.js';

export interface Session {
  me: Me;
  api: ApiClient;
}

export const SessionContext = createContext<Session | undefined>(undefined);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside a signed-in tab');
  return session;
}
