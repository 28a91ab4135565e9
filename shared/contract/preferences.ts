import { PreferenceGetSchema, PreferenceSetSchema, type PreferenceKey, type PreferenceValue } from '../domain/preferences';
import { channel, domain, returns } from './define';

/** UI preferences of the open workspace (grid columns, import mappings, the capture event), kept in its file. */
export const preferencesContract = domain('preferences', {
  'preferences.get': channel({
    request: PreferenceGetSchema,
    response: returns<PreferenceValue<PreferenceKey> | null>(),
    mutates: false,
    runs: 'engine',
  }),
  'preferences.set': channel({ request: PreferenceSetSchema, response: returns<null>(), mutates: true, runs: 'engine' }),
});
