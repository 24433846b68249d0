import { QueryClient } from '@tanstack/react-query';
import type { ApiError } from './client.js';

declare module '@tanstack/react-query' {
  // Every read and write goes through ApiClient, which turns each failure into an ApiError.
  interface Register {
    defaultError: ApiError;
  }
}

/**
 * The tab's cache of what it has read, one per signed-in person. A view opened again shows what it had at
 * once and reads it afresh behind it; an error is shown, not retried, so the person sees it and decides.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, refetchOnWindowFocus: false, staleTime: 0 },
      mutations: { retry: false },
    },
  });
}
