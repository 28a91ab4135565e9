import type { Customer } from './customer';

/** A person's data as Rapport holds it, for a right-of-access request. */
export interface PersonalDataExport {
  exportedAt: string;
  heldBy: string;
  customer: Customer;
  purchases: unknown[];
  touchpoints: unknown[];
  feedback: unknown[];
  referred: unknown[];
}
