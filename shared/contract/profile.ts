import { ProfilePatchSchema, type Profile } from '../domain/profile';
import { channel, domain, returns } from './define';
import { empty } from './schemas';

export const profileContract = domain('profile', {
  'profile.get': channel({ request: empty, response: returns<Profile>(), mutates: false, runs: 'engine' }),
  'profile.update': channel({ request: ProfilePatchSchema, response: returns<Profile>(), mutates: true, runs: 'engine' }),
});
