import type { Profile } from '../../../shared/domain/profile';
import { RapportFailure } from '../../../shared/contract/result';
import type { Reader, Writer } from '../database';

/** The business profile (table business_profile, one row), with the letterhead documents carry (migration 0008)
 * and the agency named on proposals (0009). */

const SELECT_PROFILE = `SELECT name, kind, industry, country, currency, language, gross_margin_percent AS grossMarginPercent,
  sender_address AS senderAddress, signature, logo, brand_colour AS brandColour, paper_size AS paperSize, agency_name AS agencyName
  FROM business_profile WHERE id = 1`;

export function readProfile(db: Reader): Profile {
  const row = db.get<Profile>(SELECT_PROFILE);
  if (!row) throw new RapportFailure('workspace-corrupt', 'This workspace has no business profile.');
  return row;
}

const values = (profile: Profile, now: Date) => [
  profile.name, profile.kind, profile.industry, profile.country, profile.currency, profile.language, profile.grossMarginPercent,
  profile.senderAddress, profile.signature, profile.logo, profile.brandColour, profile.paperSize, profile.agencyName ?? '', now.toISOString(),
];

export function insertProfile(db: Writer, profile: Profile, now: Date): void {
  db.run(
    `INSERT INTO business_profile (id, name, kind, industry, country, currency, language, gross_margin_percent,
       sender_address, signature, logo, brand_colour, paper_size, agency_name, updated_at) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    values(profile, now),
  );
}

export function writeProfile(db: Writer, profile: Profile, now: Date): void {
  db.run(
    `UPDATE business_profile SET name = ?, kind = ?, industry = ?, country = ?, currency = ?, language = ?, gross_margin_percent = ?,
       sender_address = ?, signature = ?, logo = ?, brand_colour = ?, paper_size = ?, agency_name = ?, updated_at = ? WHERE id = 1`,
    values(profile, now),
  );
}
