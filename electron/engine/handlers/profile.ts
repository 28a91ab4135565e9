import type { Profile } from '../../../shared/domain/profile';
import { RapportFailure } from '../../../shared/contract/result';
import type { Reader, Writer } from '../database';
import { rekeyNames } from './name-order';
import type { EngineHandler } from './types';
import { withoutUndefined } from '../../../shared/logic/objects';

export function readProfile(db: Reader): Profile {
  const row = db.get<Profile>('SELECT name, kind, industry, country, currency, language FROM business_profile WHERE id = 1');
  if (!row) throw new RapportFailure('workspace-corrupt', 'This workspace has no business profile.');
  return row;
}

export function insertProfile(db: Writer, profile: Profile, now: Date): void {
  db.run(
    'INSERT INTO business_profile (id, name, kind, industry, country, currency, language, updated_at) VALUES (1, ?, ?, ?, ?, ?, ?, ?)',
    [profile.name, profile.kind, profile.industry, profile.country, profile.currency, profile.language, now.toISOString()],
  );
}

const getProfile: EngineHandler<'profile.get'> = ({ db }) => readProfile(db);

const updateProfile: EngineHandler<'profile.update'> = ({ db, now }, patch) => {
  const current = readProfile(db);
  const next: Profile = { ...current, ...withoutUndefined(patch) };
  const unchanged = (Object.keys(next) as Array<keyof Profile>).every((key) => next[key] === current[key]);
  if (unchanged) return current;
  db.run('UPDATE business_profile SET name = ?, kind = ?, industry = ?, country = ?, currency = ?, language = ?, updated_at = ? WHERE id = 1', [
    next.name,
    next.kind,
    next.industry,
    next.country,
    next.currency,
    next.language,
    now().toISOString(),
  ]);
  if (next.language !== current.language) rekeyNames(db, next.language);
  return next;
};


export const profileHandlers = {
  'profile.get': getProfile,
  'profile.update': updateProfile,
};
