import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CaptureSchema } from '../../../shared/domain/capture';
import { CustomerInputSchema } from '../../../shared/domain/customer';
import { EMAIL_MAX, emailProblem, isEmail, phoneLooksWrong, phoneProblem } from '../../../shared/logic/contact-rules';

describe('the email rule', () => {
  it('accepts ordinary addresses, in any case and with letters of any script', () => {
    for (const email of ['ingrid@kafefjord.no', 'Ingrid.Berg+fair@Kafefjord.NO', "o'neil@pub.co.uk", 'søren@kafé.dk', 'a.b-c_d@x-y.example.com', ' spaced@kaffe.dk ']) {
      expect(emailProblem(email), email).toBeNull();
    }
  });

  it('refuses what is not an address on the internet', () => {
    for (const email of ['ingrid@kafefjord', 'ingrid', '@kafefjord.no', 'ingrid@', 'a@b@c.dk', 'in grid@kafe.no', 'ingrid@kafe..no', '.ingrid@kafe.no', 'ingrid.@kafe.no', 'in..grid@kafe.no', 'ingrid@-kafe.no', 'ingrid@kafe.n', 'ingrid@kafe.123']) {
      expect(emailProblem(email), email).toBe('invalid');
    }
    expect(emailProblem(`${'a'.repeat(60)}@${'b'.repeat(EMAIL_MAX)}.dk`)).toBe('tooLong');
    expect(emailProblem('')).toBeNull();
    expect(isEmail('')).toBe(false);
  });

  it('is the rule of both schemas: capture and a customer accept and refuse the same addresses', () => {
    fc.assert(
      fc.property(fc.oneof(fc.emailAddress(), fc.string(), fc.stringMatching(/^[a-zæøå.]{1,8}@[a-zé.-]{1,10}$/)), (email) => {
        const byRule = emailProblem(email) === null;
        expect(CaptureSchema.safeParse({ event: 'Fair', firstName: 'A', email }).success).toBe(byRule);
        expect(CustomerInputSchema.safeParse({ firstName: 'A', email }).success).toBe(byRule);
      }),
    );
  });

  it('accepts every address fast-check generates (RFC 5322 atoms) that has a dotted, lettered domain', () => {
    fc.assert(
      fc.property(fc.emailAddress(), (email) => {
        const domain = email.slice(email.lastIndexOf('@') + 1);
        fc.pre(domain.includes('.') && /^[a-z]{2,}$/i.test(domain.split('.').pop()!) && email.length <= EMAIL_MAX && email.indexOf('@') <= 64);
        expect(emailProblem(email)).toBeNull();
      }),
    );
  });
});

describe('the phone rule', () => {
  it('refuses text that cannot be a phone number, and keeps the rest as typed', () => {
    expect(phoneProblem('abc-not-a-phone')).toBe('notAPhone');
    expect(phoneProblem('call me')).toBe('notAPhone');
    expect(phoneProblem('+ -- ()')).toBe('notAPhone');
    for (const phone of ['+45 22 33 44 55', '(+45) 2233 4455', '0049 30/1234567', '602-123-456', '+1 (555) 010-9999 ext. 12', '22334455 x3', '']) {
      expect(phoneProblem(phone), phone).toBeNull();
    }
    expect(CustomerInputSchema.parse({ firstName: 'A', phone: ' 22 33 44 55 ' }).phone).toBe('22 33 44 55');
  });

  it('warns about numbers that are written like one but are not real, with the country as a hint', () => {
    expect(phoneLooksWrong('22 33 44 55', 'DK')).toBe(false);
    expect(phoneLooksWrong('602 123 456', 'CZ')).toBe(false);
    expect(phoneLooksWrong('+47 912 34 567', 'DK')).toBe(false);
    expect(phoneLooksWrong('12 34', 'DK')).toBe(true);
    expect(phoneLooksWrong('22 33 44 55', '')).toBe(true); // no country to read it by: check it
    expect(phoneLooksWrong('abc-not-a-phone', 'DK')).toBe(false); // refused outright, not warned about
  });

  it('never refuses what is made only of digits and separators, and always refuses letters outside an extension', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\+?[0-9 ()./-]{0,30}[0-9][0-9 ()./-]{0,5}$/), (phone) => {
        expect(phoneProblem(phone)).toBeNull();
      }),
    );
    fc.assert(
      fc.property(fc.string({ minLength: 0, maxLength: 10 }), fc.constantFrom('a', 'q', 'z', 'é', 'Ø'), fc.string({ maxLength: 10 }), (before, letter, after) => {
        expect(phoneProblem(`1${before}${letter}${after}`.slice(0, 40))).not.toBeNull();
      }),
    );
  });
});
