import { QueryClient } from '@tanstack/react-query';

/** One cache for the portal's own queries and the widgets' (handed to NorthstarProvider). */
export function createPortalQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: 30_000, refetchOnWindowFocus: false, retry: 1 },
      mutations: { retry: 0 },
    },
  });
}
