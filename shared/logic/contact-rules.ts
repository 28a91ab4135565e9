import { type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js';

/**
 * The one rule for email addresses and the one for phone numbers, used by every form (trade-fair capture, Add
 * customer, the customer page, the grid) and by the engine's schemas, so that no screen accepts what another
 * refuses. Empty is always allowed: a customer need not have either.
 */

export const EMAIL_MAX = 254;
export const PHONE_MAX = 40;

// A label of a domain name: letters (any script, so kafé.dk works), digits and inner hyphens, 63 characters at most.
const DOMAIN_LABEL = /^(?!-)[\p{L}\p{N}-]{1,63}(?<!-)$/u;
// A top-level domain is letters (dk, com, рф), or an internationalised one written as xn--…
const TOP_LEVEL = /^(?:\p{L}{2,63}|xn--[a-z0-9-]{1,59})$/iu;
// The characters an address's local part may hold (RFC 5322 atoms, plus letters of any script as RFC 6531 allows).
const LOCAL_PART = /^[\p{L}\p{N}!#$%&'*+/=?^_`{|}~.-]{1,64}$/u;

export type EmailProblem = 'invalid' | 'tooLong';

/**
 * What is wrong with an email address as typed (surrounding spaces ignored), or null when it is fine or empty.
 * `name@host` without a dot in the host is refused: a customer's address is on the internet, not an intranet.
 */
export function emailProblem(value: string): EmailProblem | null {
  const email = value.trim();
  if (email === '') return null;
  if (email.length > EMAIL_MAX) return 'tooLong';
  const at = email.lastIndexOf('@');
  if (at <= 0 || email.indexOf('@') !== at) return 'invalid';
  const local = email.slice(0, at);
  const domain = email.slice(at + 1);
  if (!LOCAL_PART.test(local) || local.startsWith('.') || local.endsWith('.') || local.includes('..')) return 'invalid';
  const labels = domain.split('.');
  if (labels.length < 2 || !labels.every((label) => DOMAIN_LABEL.test(label))) return 'invalid';
  return TOP_LEVEL.test(labels[labels.length - 1]!) ? null : 'invalid';
}

export const isEmail = (value: string): boolean => value.trim() !== '' && emailProblem(value) === null;

// What a phone number may be written with: digits, an optional leading +, the usual separators, and an extension.
const PHONE_CHARACTERS = /^[+\d\s().\-/]*\d[+\d\s().\-/]*(?:\s*(?:ext\.?|x|#)\s*\d{1,7})?$/i;

export type PhoneProblem = 'notAPhone' | 'tooLong';

/** What makes text not a phone number at all (letters, say), or null; such text is refused. */
export function phoneProblem(value: string): PhoneProblem | null {
  const phone = value.trim();
  if (phone === '') return null;
  if (phone.length > PHONE_MAX) return 'tooLong';
  return PHONE_CHARACTERS.test(phone) ? null : 'notAPhone';
}

/**
 * Whether a phone number that is written like one is also a real number (libphonenumber-js, with the customer's
 * or the business's country for numbers without +): when not, the form warns, and the number is kept as typed,
 * since staff may know better (a new number range, an internal extension).
 */
export function phoneLooksWrong(value: string, defaultCountry: string): boolean {
  const phone = value.trim();
  if (phone === '' || phoneProblem(phone) !== null) return false;
  const country = /^[A-Z]{2}$/.test(defaultCountry) ? (defaultCountry as CountryCode) : undefined;
  const parsed = parsePhoneNumberFromString(phone, country);
  return !parsed?.isValid();
}
