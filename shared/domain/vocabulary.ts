/**
 * The customer book's fixed word lists, in a module of their own so that both the customer schemas and the
 * segment rules (which the customer list accepts) can import them without importing each other.
 */
export const CUSTOMER_KINDS = ['person', 'company'] as const;
export const CONSENT_MEDIA = ['email', 'post', 'phone', 'sms'] as const;
export type ConsentMedium = (typeof CONSENT_MEDIA)[number];
