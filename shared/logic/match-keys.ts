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
  const person = foldText(`${firstName} ${lastName}`);
  return person || company ? `${person}|${foldText(company)}` : '';
}
