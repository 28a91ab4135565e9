/**
 * UI preferences of the open workspace (grid columns, remembered import mappings, the trade-fair event), kept in
 * the workspace file through preferences.get/set. One query per key in the app's query cache: the hook reads it
 * in components, readPreference/writePreference outside React; a workspace switch refetches it.
 */
import { QueryObserver, type QueryObserverOptions, useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { toast } from 'sonner';
import { type PreferenceKey, type PreferenceValue, parseStoredPreference } from '@shared/domain/preferences';
import i18next from '../i18n';
import { type ApiError, call } from './api';
import { queryClient } from './queryClient';
import { queryKey } from './queries';

export function preferenceQuery<K extends PreferenceKey>(key: K): QueryObserverOptions<PreferenceValue<K> | null, ApiError> {
  return {
    queryKey: queryKey('preferences.get', { key }),
    // checked again on this side: the answer is typed per key only here
    queryFn: async () => {
      const value = await call('preferences.get', { key });
      return value === null ? null : parseStoredPreference(key, JSON.stringify(value));
    },
    staleTime: Infinity,
  };
}

/**
 * Keeps a preference loaded for the open workspace from the start (and refetched on every switch), so a screen
 * or a synchronous reader has it at once instead of showing a default first.
 */
export function keepPreferenceLoaded(key: PreferenceKey): void {
  new QueryObserver(queryClient, preferenceQuery(key)).subscribe(() => {});
}

/** The preference as last read or written; null until it loads, or when it was never set. */
export function readPreference<K extends PreferenceKey>(key: K): PreferenceValue<K> | null {
  return (queryClient.getQueryData(queryKey('preferences.get', { key })) as PreferenceValue<K> | null | undefined) ?? null;
}

/** Shows the new value at once and stores it in the workspace; if that fails, says so and rereads the stored one. */
export function writePreference<K extends PreferenceKey>(key: K, value: PreferenceValue<K>): void {
  const cacheKey = queryKey('preferences.get', { key });
  queryClient.setQueryData(cacheKey, value);
  call('preferences.set', { key, value } as never).catch((error: ApiError) => {
    if (error.code !== 'no-workspace') toast.error(i18next.t('preferences.saveFailed'), { description: error.message });
    void queryClient.invalidateQueries({ queryKey: cacheKey });
  });
}

/** [value (null until loaded or when never set), whether it has loaded, set]. */
export function usePreference<K extends PreferenceKey>(key: K): [PreferenceValue<K> | null, boolean, (value: PreferenceValue<K>) => void] {
  const query = useQuery(preferenceQuery(key));
  const set = useCallback((value: PreferenceValue<K>) => writePreference(key, value), [key]);
  return [query.data ?? null, query.isSuccess || query.isError, set];
}
