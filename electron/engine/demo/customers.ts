import type { CustomerFields } from '../../../shared/domain/customer';
import { NOTES, type Preference, TRADE_FAIRS } from './catalogue';
import { DAY_MS, HISTORY_DAYS, type History, isoDay } from './days';
import { COUNTRIES, type CountryData, type DemoCountry, asciiName } from './names';
import type { Random } from './random';

/** Who the demo's customers are: each one's plan (fields, style of buying, referrals, fairs), drawn from the seed. */

export type Segment = 'café' | 'restaurant' | 'office';
export type Style = 'wholesale' | 'subscriber' | 'regular' | 'sporadic' | 'lead';

export interface Plan {
  id: string;
  country: CountryData;
  style: Style;
  segment: Segment | null;
  preference: Preference;
  sinceDay: number;
  /** The last day this customer may buy: today, or months ago for a lapsed customer. */
  endDay: number;
  lapsed: boolean;
  /** Typical order in DKK øre (B2B), or days between purchases (B2C). */
  orderDkkMinor: number;
  meanGapDays: number;
  giftBuyer: boolean;
  ambassador: boolean;
  referredBy: string | null;
  referrals: number;
  fair: { name: string; day: number } | null;
  fields: CustomerFields;
}

const COUNTRY_WEIGHTS: ReadonlyArray<readonly [DemoCountry, number]> = [
  ['DK', 42],
  ['NO', 15],
  ['CZ', 14],
  ['SI', 9],
  ['GB', 20],
];

export const TLD: Record<DemoCountry, string> = { DK: 'dk', NO: 'no', CZ: 'cz', SI: 'si', GB: 'co.uk' };

export function planCustomers(rng: Random, count: number, history: History): Plan[] {
  const usedEmails = new Set<string>();
  const drafts: Plan[] = [];
  for (let i = 0; i < count; i++) drafts.push(planCustomer(rng, history, usedEmails));

  // Referrals point back in time: sort by customer-since, then each referred customer names an earlier one,
  // most often one of the few ambassadors.
  drafts.sort((a, b) => a.sinceDay - b.sinceDay);
  const ambassadors: Plan[] = [];
  drafts.forEach((plan, index) => {
    if (index > 0 && plan.fields.source === 'Referral') {
      const referrer = ambassadors.length > 0 && rng.chance(0.6) ? rng.pick(ambassadors) : drafts[rng.int(0, index - 1)]!;
      plan.referredBy = referrer.id;
      plan.fields.referredBy = referrer.id;
      referrer.referrals++;
    } else if (plan.fields.source === 'Referral') {
      plan.fields.source = 'Walk-in';
    }
    if (plan.ambassador) ambassadors.push(plan);
  });
  for (const plan of drafts) plan.fields.tags = tagsFor(plan);
  return drafts;
}

function planCustomer(rng: Random, history: History, usedEmails: Set<string>): Plan {
  const country = COUNTRIES[rng.weighted(COUNTRY_WEIGHTS)];
  const b2b = rng.chance(0.115);
  const style: Style = rng.chance(0.04)
    ? 'lead'
    : b2b
      ? 'wholesale'
      : rng.weighted<Style>([
          ['subscriber', 12],
          ['regular', 30],
          ['sporadic', 58],
        ]);
  const segment: Segment | null = b2b ? rng.weighted<Segment>([['café', 55], ['restaurant', 25], ['office', 20]]) : null;

  // Who they are
  const female = rng.chance(0.5);
  const firstName = rng.pick(female ? country.femaleFirst : country.maleFirst);
  const surname = rng.pick(country.lastNames);
  const lastName = surname.includes('/') ? surname.split('/')[female ? 1 : 0]! : surname;
  const company = segment ? companyName(rng, country, segment) : '';
  const [postalCode, city] = rng.pick(country.towns);

  // When and how they came
  let fair: Plan['fair'] = null;
  let sinceDay: number;
  let source: string;
  if (style === 'lead' || rng.chance(0.08)) {
    fair = pickFair(rng, country.country, history);
    sinceDay = fair.day;
    source = fair.name;
  } else {
    sinceDay = rng.chance(0.68) ? history.start - rng.int(20, 2200) : history.start + rng.int(0, HISTORY_DAYS - 20);
    source = b2b
      ? rng.weighted([['Wholesale enquiry', 45], ['Referral', 25], ['Cold call', 15], ['Instagram', 15]])
      : rng.weighted([
          ['Web shop', 45],
          [country.country === 'DK' ? 'Walk-in' : 'Web shop', 22],
          ['Referral', 14],
          ['Instagram', 12],
          ['Newsletter sign-up', 7],
        ]);
  }

  const lapsed = style !== 'lead' && rng.chance(0.13) && sinceDay < history.today - 260;
  const endDay = lapsed ? history.today - rng.int(185, 360) : history.today;

  const email = uniqueEmail(rng, usedEmails, firstName, lastName, company, country);
  const person = !b2b;
  const hasBirthday = person && rng.chance(0.45);
  const birthDate = hasBirthday ? isoDay(history.today - rng.int(20 * 365, 70 * 365)) : '';
  const birthday = !hasBirthday ? '' : rng.chance(0.25) ? `--${birthDate.slice(5)}` : birthDate;

  const fields: CustomerFields = {
    kind: b2b ? 'company' : 'person',
    salutation: '',
    firstName,
    lastName,
    company,
    role: segment ? rng.pick(country.roles[segment]) : '',
    email: style === 'lead' && rng.chance(0.2) ? '' : email,
    phone: rng.chance(b2b ? 0.95 : 0.6) ? country.phone((n) => rng.digits(n)) : '',
    street: style === 'lead' ? '' : country.address(rng.pick(country.streets), rng.int(1, 140), rng.chance(0.15) ? rng.pick(['a', 'b', 'c']) : ''),
    postalCode: style === 'lead' ? '' : country.country === 'GB' ? `${postalCode} ${rng.int(1, 9)}${rng.pick(LETTERS)}${rng.pick(LETTERS)}` : postalCode,
    city: style === 'lead' ? '' : city,
    region: '',
    country: country.country,
    language: country.language,
    birthday,
    customerSince: isoDay(sinceDay),
    source,
    referredBy: null,
    notes: rng.chance(0.12) ? rng.pick(b2b ? NOTES.b2b : NOTES.b2c) : '',
    doNotContact: rng.chance(0.025),
    leftCompanyAt: '',
    successorId: null,
    tags: [],
  };

  return {
    id: rng.uuid(),
    country,
    style,
    segment,
    preference: segment === 'office' ? 'filter' : rng.chance(b2b ? 0.8 : 0.45) ? 'espresso' : 'filter',
    sinceDay,
    endDay,
    lapsed,
    orderDkkMinor: segment === 'office' ? rng.int(9, 25) * 10_000 : rng.int(12, 60) * 10_000,
    meanGapDays: style === 'regular' ? rng.int(40, 90) : rng.int(120, 320),
    giftBuyer: person && rng.chance(0.18),
    ambassador: rng.chance(0.035),
    referredBy: null,
    referrals: 0,
    fair,
    fields,
  };
}

const LETTERS = 'ABDEFGHJLNPQRSTUWXYZ'.split('');

function companyName(rng: Random, country: CountryData, segment: Segment): string {
  const surname = rng.pick(country.lastNames).split('/')[0]!;
  return rng
    .pick(country.companies[segment])
    .replace('{w}', rng.pick(country.companyWords))
    .replace('{s}', surname);
}

function uniqueEmail(rng: Random, used: Set<string>, first: string, last: string, company: string, country: CountryData): string {
  const local = rng.pick([`${asciiName(first)}.${asciiName(last)}`, `${asciiName(first)}${asciiName(last).slice(0, 1)}`, `${asciiName(first).slice(0, 1)}${asciiName(last)}`]);
  const domain = company ? `${asciiName(company).slice(0, 24) || 'firma'}.${TLD[country.country]}` : rng.pick(country.emailDomains);
  let email = `${local}@${domain}`;
  while (used.has(email)) email = `${local}${rng.int(1, 9999)}@${domain}`;
  used.add(email);
  return email;
}

function pickFair(rng: Random, country: DemoCountry, history: History): { name: string; day: number } {
  const local = TRADE_FAIRS.filter((fair) => fair.country === country);
  const fair = rng.chance(0.75) && local.length > 0 ? rng.pick(local) : rng.pick(TRADE_FAIRS);
  const thisYear = new Date(history.today * DAY_MS).getUTCFullYear();
  const days = [thisYear - 2, thisYear - 1, thisYear]
    .map((year) => ({ year, day: Math.floor(Date.UTC(year, fair.month - 1, fair.day) / DAY_MS) }))
    .filter(({ day }) => day >= history.start && day < history.today - 3);
  const chosen = days.length > 0 ? rng.pick(days) : { year: thisYear - 1, day: history.start + 30 };
  return { name: `${fair.name} ${chosen.year}`, day: chosen.day };
}

function tagsFor(plan: Plan): string[] {
  const tags: string[] = [];
  if (plan.style === 'wholesale') tags.push('wholesale');
  if (plan.segment) tags.push(plan.segment);
  if (plan.style === 'subscriber') tags.push('subscription');
  if (plan.style !== 'lead' && (plan.segment || plan.referrals > 0 || plan.id.charCodeAt(1) % 3 !== 0)) tags.push(plan.preference);
  if (plan.referrals >= 2 || (plan.ambassador && plan.referrals >= 1)) tags.push('ambassador');
  if (plan.giftBuyer) tags.push('gift buyer');
  if (plan.style === 'lead') tags.push('lead');
  if (plan.fair) tags.push('trade fair');
  return tags;
}

/** One contact who left their company: the account's contact person now is the successor. */
export function planLeaver(rng: Random, plans: Plan[], history: History): Plan | null {
  const account = plans.find((plan) => plan.style === 'wholesale' && !plan.lapsed && plan.sinceDay < history.start);
  if (!account) return null;
  const country = account.country;
  const female = rng.chance(0.5);
  const firstName = rng.pick(female ? country.femaleFirst : country.maleFirst);
  const surname = rng.pick(country.lastNames);
  const lastName = surname.includes('/') ? surname.split('/')[female ? 1 : 0]! : surname;
  const leftDay = history.today - rng.int(120, 170);
  const domain = account.fields.email.split('@')[1] ?? `firma.${TLD[country.country]}`;
  return {
    ...account,
    id: rng.uuid(),
    style: 'lead',
    lapsed: false,
    referredBy: null,
    referrals: 0,
    fair: null,
    giftBuyer: false,
    ambassador: false,
    fields: {
      ...account.fields,
      kind: 'person',
      firstName,
      lastName,
      email: `${asciiName(firstName)}.${asciiName(lastName)}@${domain}`,
      phone: country.phone((n) => rng.digits(n)),
      referredBy: null,
      notes: `Ran the coffee at ${account.fields.company} until ${isoDay(leftDay)}; ${account.fields.firstName} ${account.fields.lastName} took over the ordering.`,
      leftCompanyAt: isoDay(leftDay),
      successorId: account.id,
      doNotContact: false,
      tags: ['former contact'],
    },
  };
}
