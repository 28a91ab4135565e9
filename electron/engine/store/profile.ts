import type { Profile } from '../../../shared/domain/profile';
import { RapportFailure } from '../../../shared/contract/result';
import type { Reader, Writer } from '../database';

/** The business profile (table business_profile, one row). */

export function readProfile(db: Reader): Profile {
  const row = db.get<Profile>('SELECT name, kind, industry, country, currency, language, gross_margin_percent AS grossMarginPercent FROM business_profile WHERE id = 1');
  if (!row) throw new RapportFailure('workspace-corrupt', 'This workspace has no business profile.');
  return row;
}

export function insertProfile(db: Writer, profile: Profile, now: Date): void {
  db.run(
    'INSERT INTO business_profile (id, name, kind, industry, country, currency, language, gross_margin_percent, updated_at) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?)',
    [profile.name, profile.kind, profile.industry, profile.country, profile.currency, profile.language, profile.grossMarginPercent, now.toISOString()],
  );
}

export function writeProfile(db: Writer, profile: Profile, now: Date): void {
  db.run('UPDATE business_profile SET name = ?, kind = ?, industry = ?, country = ?, currency = ?, language = ?, gross_margin_percent = ?, updated_at = ? WHERE id = 1', [
    profile.name,
    profile.kind,
    profile.industry,
    profile.country,
    profile.currency,
    profile.language,
    profile.grossMarginPercent,
    now.toISOString(),
  ]);
}
