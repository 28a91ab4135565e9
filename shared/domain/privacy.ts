import type { Customer } from './customer';

export interface PersonalPurchase {
  date: string;
  amountMinor: number;
  currency: string;
  product: string;
  category: string;
  outlet: string;
  orderRef: string;
}

export interface PersonalTouchpoint {
  date: string;
  medium: string;
  department: string;
  direction: string;
  summary: string;
  outcome: string;
}

export interface PersonalFeedback {
  date: string;
  nps: number | null;
  satisfaction: number | null;
  comment: string;
  source: string;
}

/** A person's data as Rapport holds it, for a right-of-access request. */
export interface PersonalDataExport {
  exportedAt: string;
  heldBy: string;
  customer: Customer;
  purchases: PersonalPurchase[];
  touchpoints: PersonalTouchpoint[];
  feedback: PersonalFeedback[];
  referred: Array<{ name: string; company: string }>;
}
