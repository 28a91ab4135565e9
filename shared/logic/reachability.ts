import type { ProgramChannel } from '../domain/program';
import type { DeliveryChannel } from '../domain/recipients';

/**
 * The one rule for whether a customer may be contacted on a channel, used by documents and mailings
 * (electron/engine/writing/recipients.ts) and by the campaign scheduler (./schedule), so a letter the scheduler plans
 * is never one the document step then leaves out. Email and sms need a granted consent of their medium; a letter,
 * gift, event invitation or phone call is left out only where its medium's consent was withdrawn; a visit asks for
 * no consent. Then the contact detail the channel needs: an address for a letter or gift, an email address, a
 * phone number for a call or an sms (an invitation and a visit need none).
 */

export type ReachChannel = DeliveryChannel | ProgramChannel;

export type ConsentMedium = 'email' | 'sms' | 'phone' | 'post';

export type Unreachable = 'do-not-contact' | 'left-company' | 'no-consent' | 'no-postal-address' | 'no-email' | 'no-phone';

/** What the rule reads about one customer; `consent` is the status of the channel's own medium (consentMedium). */
export interface ContactFacts {
  doNotContact: boolean;
  leftCompany: boolean;
  /** 'granted' | 'withdrawn' | null (never asked), for the channel's medium. */
  consent: string | null;
  hasPostalAddress: boolean;
  hasEmail: boolean;
  hasPhone: boolean;
}

const MEDIUM: Record<ReachChannel, ConsentMedium | null> = { email: 'email', sms: 'sms', phone: 'phone', letter: 'post', gift: 'post', event: 'post', visit: null };
const NEEDS_GRANT: Record<ReachChannel, boolean> = { email: true, sms: true, phone: false, letter: false, gift: false, event: false, visit: false };
const DETAIL: Record<ReachChannel, 'hasPostalAddress' | 'hasEmail' | 'hasPhone' | null> = {
  letter: 'hasPostalAddress',
  gift: 'hasPostalAddress',
  email: 'hasEmail',
  phone: 'hasPhone',
  sms: 'hasPhone',
  event: null,
  visit: null,
};
const MISSING: Record<'hasPostalAddress' | 'hasEmail' | 'hasPhone', Unreachable> = { hasPostalAddress: 'no-postal-address', hasEmail: 'no-email', hasPhone: 'no-phone' };

/** The consent medium (consents.channel) a channel asks about, if any. */
export const consentMedium = (channel: ReachChannel): ConsentMedium | null => MEDIUM[channel];

/** Why the customer may not be contacted on the channel, or null when they may. */
export function unreachableReason(facts: ContactFacts, channel: ReachChannel): Unreachable | null {
  if (facts.doNotContact) return 'do-not-contact';
  if (facts.leftCompany) return 'left-company';
  if (MEDIUM[channel] !== null && (facts.consent === 'withdrawn' || (NEEDS_GRANT[channel] && facts.consent !== 'granted'))) return 'no-consent';
  const detail = DETAIL[channel];
  if (detail !== null && !facts[detail]) return MISSING[detail];
  return null;
}
