import type { Profile } from '../../../shared/domain/profile';
import { withoutUndefined } from '../../../shared/logic/objects';
import { rekeyNames } from '../store/name-order';
import { readProfile, writeProfile } from '../store/profile';
import type { EngineHandler } from './types';

/** The business profile: read it, change it (a new business language re-sorts every customer's name). */

const getProfile: EngineHandler<'profile.get'> = ({ db }) => readProfile(db);

const updateProfile: EngineHandler<'profile.update'> = ({ db, now }, patch) => {
  const current = readProfile(db);
  const next: Profile = { ...current, ...withoutUndefined(patch) };
  const unchanged = (Object.keys(next) as Array<keyof Profile>).every((key) => next[key] === current[key]);
  if (unchanged) return current;
  writeProfile(db, next, now());
  if (next.language !== current.language) rekeyNames(db, next.language);
  return next;
};

export const profileHandlers = {
  'profile.get': getProfile,
  'profile.update': updateProfile,
};

