import type { PersonalDataExport } from '../../../shared/domain/privacy';
import type { Reader } from '../database';
import { readCustomer } from './customers';
import { personalFeedback } from './feedback';
import { readProfile } from './profile';
import { personalPurchases } from './purchases';
import { personalTouchpoints } from './touchpoints';

/** Everything Rapport holds about one person (right of access): the record, each history, whom they referred. */
export function readPersonalData(db: Reader, id: string, at: Date): PersonalDataExport {
  return {
    exportedAt: at.toISOString(),
    heldBy: readProfile(db).name,
    customer: readCustomer(db, id, at),
    purchases: personalPurchases(db, id),
    touchpoints: personalTouchpoints(db, id),
    feedback: personalFeedback(db, id),
    referred: db.all<{ name: string; company: string }>(
      "SELECT trim(first_name || ' ' || last_name) AS name, company FROM customers WHERE referred_by = ? ORDER BY name",
      [id],
    ),
  };
}
