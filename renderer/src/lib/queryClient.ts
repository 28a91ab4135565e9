import { QueryClient } from '@tanstack/react-query';

/** The app's one query cache; modules outside React (the import's mapping memory) read preferences through it. */
export const queryClient = new QueryClient({
  defaultOptions: {
    // Errors are data with stable codes (a damaged file stays damaged): show them, do not retry.
    queries: { retry: false, refetchOnWindowFocus: false, staleTime: 30_000 },
    mutations: { retry: false },
  },
});
