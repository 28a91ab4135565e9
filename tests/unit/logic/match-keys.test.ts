import fc from 'fast-check';
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import { describe, expect, it } from 'vitest';
import { customerMatchKeys, foldText, nameKey, phoneKey } from '../../../shared/logic/match-keys';

/** What phoneKey answered before it had a fast path: libphonenumber's E.164, else the digits. */
function libphonenumberKey(phone: string, country: string): string {
  const trimmed = phone.trim();
  if (!trimmed) return '';
  const parsed = parsePhoneNumberFromString(trimmed, country as CountryCode);
  if (parsed?.isPossible()) return parsed.number;
  const digits = trimmed.replace(/[^\d+]/g, '');
  return digits.length >= 6 ? digits : '';
}

const countries = ['DK', 'NO', 'CZ', 'SI', 'GB', 'US', 'DE', 'IT'];

describe('phoneKey', () => {
  it('reads national numbers with the country given', () => {
    expect(phoneKey('22 33 44 55', 'DK')).toBe('+4522334455');
    expect(phoneKey('602 123 456', 'CZ')).toBe('+420602123456');
    expect(phoneKey('', 'DK')).toBe('');
  });

  it('reads "+" numbers as libphonenumber does, national prefixes included', () => {
    // "+" and the digits is not always the key: a German "+49 0…" drops the trunk 0 (a shortcut tried once
    // gave a different key than the one stored, which would hide duplicates)
    expect(phoneKey('+49 030 1234567', 'DK')).toBe(libphonenumberKey('+49 030 1234567', 'DK'));
    expect(phoneKey('+45 22 33 44 55', 'CZ')).toBe('+4522334455');
  });

  it('answers the same the second time (it is remembered)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\+?[0-9 ]{0,14}$/), fc.constantFrom(...countries), (phone, country) => {
        expect(phoneKey(phone, country)).toBe(libphonenumberKey(phone, country));
        expect(phoneKey(phone, country)).toBe(libphonenumberKey(phone, country));
      }),
      { numRuns: 500 },
    );
  });

  it('reads brackets, trunk prefixes, 00 prefixes and text as libphonenumber does', () => {
    for (const phone of ['+44 (0)20 7946 0000', '0045 22 33 44 55', '+45-22-33-44-55', '(555) 123-4567', 'call me']) {
      expect(phoneKey(phone, 'GB')).toBe(libphonenumberKey(phone, 'GB'));
    }
  });
});

describe('nameKey', () => {
  it('folds case and diacritics, and adds the company', () => {
    expect(nameKey('Řehoř', 'Nørgaard', 'Kjær & Søn ApS')).toBe('rehor norgaard|kjaer & son aps');
    expect(nameKey('', 'Åberg', '')).toBe('aberg|');
    expect(nameKey('', '', '')).toBe('');
  });

  it('is the fold of "first last" and of the company, whatever the spacing', () => {
    const part = fc.stringMatching(/^[ A-Za-zÅØÆåøæŘřŠšČčŽžĐđ]{0,12}$/);
    fc.assert(
      fc.property(part, part, part, (first, last, company) => {
        const person = foldText(`${first} ${last}`);
        expect(nameKey(first, last, company)).toBe(person || company ? `${person}|${foldText(company)}` : '');
      }),
      { numRuns: 1000 },
    );
  });
});

describe('customerMatchKeys', () => {
  it("reads the phone with the customer's own country first, the business's otherwise", () => {
    const person = { email: ' Ida@Example.DK ', phone: '22 33 44 55', firstName: 'Ida', lastName: 'Holm', company: '' };
    expect(customerMatchKeys({ ...person, country: 'NO' }, 'DK')).toEqual({ email: 'ida@example.dk', phone: '+4722334455', name: 'ida holm|' });
    expect(customerMatchKeys({ ...person, country: '' }, 'DK').phone).toBe('+4522334455');
  });

  it('looks a company up by email and phone only, not by name', () => {
    expect(customerMatchKeys({ email: '', phone: '', firstName: '', lastName: '', company: 'Ærø Bryghus', country: '' }, 'DK').name).toBe('');
  });
});
