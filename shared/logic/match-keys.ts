import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';

/**
 * Keys for finding the same person twice. They are for matching only; what people typed is kept as typed.
 */
export function emailKey(email: string): string {
  return email.trim().toLowerCase();
}

/** E.164 (+4512345678) when the number can be read, with the customer's or the business's country as a hint. */
export function phoneKey(phone: string, defaultCountry: string): string {
  const trimmed = phone.trim();
  if (!trimmed) return '';
  // an import asks for the same number three times (plan, match, write); parsing is the costly part
  const memoKey = `${defaultCountry}|${trimmed}`;
  const known = phoneKeys.get(memoKey);
  if (known !== undefined) return known;
  if (phoneKeys.size >= MAX_MEMO) phoneKeys.clear();
  const key = parsePhoneKey(trimmed, defaultCountry);
  phoneKeys.set(memoKey, key);
  return key;
}

const MAX_MEMO = 250_000;
const phoneKeys = new Map<string, string>();

function parsePhoneKey(trimmed: string, defaultCountry: string): string {
  const parsed = parsePhoneNumberFromString(trimmed, /^[A-Z]{2}$/.test(defaultCountry) ? (defaultCountry as CountryCode) : undefined);
  if (parsed?.isPossible()) return parsed.number;
  const digits = trimmed.replace(/[^\d+]/g, '');
  return digits.length >= 6 ? digits : '';
}

/** Lower case, no diacritics (Řehoř → rehor, Søren → soren), single spaces: for matching and for sorting. */
export function foldText(value: string): string {
  // most text is plain ASCII: skip the Unicode work (it is the hot path of large imports)
  if (/^[\x20-\x7e]*$/.test(value)) return value.toLowerCase().replace(/ {2,}/g, ' ').trim();
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ø/gi, 'o')
    .replace(/æ/gi, 'ae')
    .replace(/å/gi, 'a')
    .replace(/ß/g, 'ss')
    .replace(/đ/gi, 'd')
    .replace(/ł/gi, 'l')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** "first last|company", folded. */
export function nameKey(firstName: string, lastName: string, company: string): string {
  // each part folded on its own: first names, last names and companies repeat, so their folds are remembered
  const first = foldPart(firstName);
  const last = foldPart(lastName);
  const person = first && last ? `${first} ${last}` : first || last;
  return person || company ? `${person}|${foldPart(company)}` : '';
}

const MAX_FOLDS = 50_000;
const folds = new Map<string, string>();

function foldPart(value: string): string {
  if (value === '') return '';
  let folded = folds.get(value);
  if (folded === undefined) {
    if (folds.size >= MAX_FOLDS) folds.clear();
    folded = foldText(value);
    folds.set(value, folded);
  }
  return folded;
}

export interface MatchKeys {
  email: string;
  phone: string;
  name: string;
}

/**
 * The keys a customer is stored under and looked up by. The phone is read with the customer's own country
 * first (a Norwegian number in a Danish shop's book), the business's when the customer has none.
 */
export function customerMatchKeys(
  fields: { email: string; phone: string; firstName: string; lastName: string; company: string; country: string },
  businessCountry: string,
): MatchKeys {
  return {
    email: emailKey(fields.email),
    phone: phoneKey(fields.phone, fields.country || businessCountry),
    // a name alone (no company) still matches people typed without a company
    name: fields.firstName || fields.lastName ? nameKey(fields.firstName, fields.lastName, fields.company) : '',
  };
}
