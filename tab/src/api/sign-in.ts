import type { ApiClient } from './client.js';
import type { Me, Persona } from './types.js';

// Sign-in comes before the session and its query cache, so these two reads are plain calls, typed here once.

/** Who the signed-in person is, with their roles. */
export const readMe = (api: ApiClient) => api.request<Me>('/api/me');

/** Local mode's demo people to sign in as. */
export const readPersonas = async (api: ApiClient) =>
  (await api.request<{ personas: Persona[] }>('/api/dev/personas')).personas;
