import type { BusinessFacts, ProgramType, Recommendation, RecommendAnswer } from '../../domain/program';
import type { Language } from '../../domain/profile';
import { REASON_WORDS, type ReasonWords } from './reason-words';
import { money, num } from './words';

/**
 * Program recommendations: which relationship programs suit this business, from its profile and its own numbers
 * (store/program-facts.ts measures them over the last 12 months). The practice behind the rules (DESIGN.md):
 * stamp cards and points suit many small, frequent purchases; B2B accounts are won with personal notes, tailored
 * gifts and account reviews, not points; a strong top group deserves tiers or VIP attention; visible word of mouth
 * deserves a referral reward; everyone should thank, remember anniversaries, win back and surprise.
 *
 * Every rule is one row of RULES below: when it applies, its score, its reasons (with the numbers), the numbers it
 * used, and the draft program one click creates. Change a threshold here and its test (tests/unit/logic/programs/
 * recommend.test.ts) says what moved. The answer is ordered by score (higher first), then by key, so it never
 * depends on the order of the table.
 */

// ---------------------------------------------------------------- thresholds

/** "Frequent": at least this many purchases per buyer in the last 12 months. */
export const FREQUENT_PURCHASES_PER_YEAR = 4;
/** "Small basket": an average purchase of at most this many euro cents (compared in euro so it holds in any currency). */
export const SMALL_BASKET_EUR_MINOR = 6_000;
/** "Rare": fewer purchases per buyer a year than this, and a stamp card would take years to fill. */
export const RARE_PURCHASES_PER_YEAR = 2;
/** "Few accounts": at most this many buyers in the year… */
export const FEW_ACCOUNTS = 200;
/** …each worth at least this much a year on average, in euro cents: a book of accounts known by name. */
export const HIGH_VALUE_ACCOUNT_EUR_MINOR = 200_000;
/** "Mostly companies": at least this share of the customers are companies (or people at one). */
export const COMPANY_SHARE_B2B = 0.5;
/** "A strong top group": the top 20 % of buyers bring at least this share of the revenue. */
export const STRONG_TOP_FIFTH_SHARE = 0.6;
/** "Word of mouth is visible": at least this share of the customers came by referral. */
export const VISIBLE_REFERRAL_SHARE = 0.05;
/** "Notable lapsing": at least this share of the customers bought before but not in the last 12 months. */
export const NOTABLE_LAPSED_SHARE = 0.15;
/** Birthdays count as known from this share of the customers on. */
export const BIRTHDAYS_KNOWN_SHARE = 0.1;

// ---------------------------------------------------------------- derived facts

interface Derived {
  frequent: boolean;
  /** null: the basket could not be put in euro (no rate): small is then not claimed. */
  smallBasket: boolean | null;
  companyShare: number;
  yearlyPerBuyerMinor: number;
  yearlyPerBuyerEurMinor: number | null;
  fewHighValueAccounts: boolean;
  /** B2B by the profile, mostly companies, or a few high-value accounts: attention, not points. */
  accountBusiness: boolean;
  birthdayShare: number;
}

function derive(f: BusinessFacts): Derived {
  const companyShare = f.customers > 0 ? f.companies / f.customers : 0;
  const yearlyPerBuyerMinor = f.averageBasketMinor * f.purchasesPerBuyer;
  const yearlyPerBuyerEurMinor = f.averageBasketEurMinor === null ? null : f.averageBasketEurMinor * f.purchasesPerBuyer;
  const fewHighValueAccounts = f.buyers > 0 && f.buyers <= FEW_ACCOUNTS && yearlyPerBuyerEurMinor !== null && yearlyPerBuyerEurMinor >= HIGH_VALUE_ACCOUNT_EUR_MINOR;
  return {
    frequent: f.buyers > 0 && f.purchasesPerBuyer >= FREQUENT_PURCHASES_PER_YEAR,
    smallBasket: f.averageBasketEurMinor === null ? null : f.averageBasketEurMinor <= SMALL_BASKET_EUR_MINOR,
    companyShare,
    yearlyPerBuyerMinor,
    yearlyPerBuyerEurMinor,
    fewHighValueAccounts,
    accountBusiness: f.kind === 'b2b' || companyShare >= COMPANY_SHARE_B2B || fewHighValueAccounts,
    birthdayShare: f.customers > 0 ? f.withBirthday / f.customers : 0,
  };
}

/** An amount rounded to a "nice" 1-2-5 step in major units, so a drafted threshold reads like one a person would set. */
export function niceMinor(minor: number): number {
  if (minor <= 100) return 100;
  const major = minor / 100;
  const power = 10 ** Math.floor(Math.log10(major));
  const step = [1, 2, 5, 10].find((s) => major <= s * power * 1.5) ?? 10;
  return step * power * 100;
}

const perYear = (f: BusinessFacts, w: ReasonWords) => w.perYear(w.format.num(f.purchasesPerBuyer, 1));
const basket = (f: BusinessFacts, w: ReasonWords) =>
  w.basket(w.format.money(f.averageBasketMinor, f.currency), f.averageBasketEurMinor !== null && f.currency !== 'EUR' ? w.format.money(f.averageBasketEurMinor, 'EUR') : null);

// ---------------------------------------------------------------- the rules

interface Rule {
  key: string;
  type: ProgramType;
  applies: (f: BusinessFacts, d: Derived) => boolean;
  score: (f: BusinessFacts, d: Derived) => number;
  /** In the words of a language (reason-words.ts): the app shows English, the proposal the business's language. */
  reasons: (f: BusinessFacts, d: Derived, w: ReasonWords) => string[];
  used: (f: BusinessFacts, d: Derived) => Recommendation['used'];
  draft: (f: BusinessFacts, d: Derived) => Recommendation['draft'];
}

export const RULES: readonly Rule[] = [
  {
    key: 'stamp-card',
    type: 'stampCard',
    applies: (f, d) => d.frequent && d.smallBasket === true && !d.accountBusiness,
    score: (f) => 80 + Math.min(10, Math.floor(f.purchasesPerBuyer - FREQUENT_PURCHASES_PER_YEAR)),
    reasons: (f, d, w) => [
      w.stampOften(perYear(f, w), w.format.num(FREQUENT_PURCHASES_PER_YEAR, 0)),
      w.stampSmall(basket(f, w), w.format.money(SMALL_BASKET_EUR_MINOR, 'EUR')),
      w.stampSimple,
    ],
    used: (f) => ({ purchasesPerBuyer: f.purchasesPerBuyer, averageBasketMinor: f.averageBasketMinor, averageBasketEurMinor: f.averageBasketEurMinor ?? '', currency: f.currency }),
    draft: () => ({
      name: 'Stamp card: buy 10, get one free',
      description: 'A stamp for every purchase; the tenth stamp brings a free one.',
      rules: { type: 'stampCard', stampsPer: 'purchase', amountPerStampMinor: 10_000, rewardAt: 10, reward: { description: 'One free', costMinor: 0 } },
      channels: ['visit'],
      benefits: 'A free purchase for every ten',
      recommendation: 'stamp-card',
    }),
  },
  {
    key: 'points',
    type: 'points',
    applies: (f, d) => d.frequent && !d.accountBusiness,
    // points fit baskets of varying size better than stamps; ahead of the stamp card when baskets are not small
    score: (f, d) => (d.smallBasket === true ? 70 : 82),
    reasons: (f, d, w) => [
      w.pointsOften(perYear(f, w), w.format.num(FREQUENT_PURCHASES_PER_YEAR, 0)),
      d.smallBasket === true ? w.pointsBigger(basket(f, w)) : w.pointsFairer(basket(f, w)),
    ],
    used: (f) => ({ purchasesPerBuyer: f.purchasesPerBuyer, averageBasketMinor: f.averageBasketMinor, currency: f.currency }),
    draft: (f) => {
      // the first reward after about ten average purchases: a point per major unit, threshold = 10 baskets
      const threshold = Math.max(100, Math.round(niceMinor(f.averageBasketMinor * 10) / 100));
      return {
        name: 'Points',
        description: `A point for every ${f.currency === 'EUR' ? 'euro' : `1 ${f.currency}`} spent; ${num(threshold, 0)} points bring a reward.`,
        rules: { type: 'points', pointsPerUnit: 1, thresholds: [{ points: threshold, reward: { description: 'A reward of your choice', costMinor: 0 } }], expiryMonths: 12 },
        channels: ['email', 'visit'],
        benefits: `A reward for every ${num(threshold, 0)} points`,
        recommendation: 'points',
      };
    },
  },
  {
    key: 'account-attention',
    type: 'surprise',
    applies: (f, d) => d.accountBusiness,
    score: () => 90,
    reasons: (f, d, w) => {
      const why: string[] = [];
      if (f.kind === 'b2b') why.push(w.accountB2b);
      if (d.companyShare >= COMPANY_SHARE_B2B) why.push(w.accountCompanies(w.format.share(d.companyShare)));
      if (d.fewHighValueAccounts) why.push(w.accountFew(w.format.num(f.buyers, 0), w.format.money(d.yearlyPerBuyerMinor, f.currency)));
      why.push(w.accountPersonal);
      return why;
    },
    used: (f, d) => ({ kind: f.kind, companies: f.companies, customers: f.customers, buyers: f.buyers, yearlyPerBuyerMinor: Math.round(d.yearlyPerBuyerMinor), currency: f.currency }),
    draft: () => ({
      name: 'Account attention: notes, gifts and reviews',
      description: 'A personal note after each order, a well-chosen gift once a year, and an account review with each key account.',
      rules: { type: 'surprise', reward: { description: '', costMinor: 0 }, lapsedAfterDays: 365 },
      channels: ['letter', 'gift', 'visit', 'phone'],
      benefits: 'A personal note after orders\nA tailored gift once a year\nA yearly account review',
      recommendation: 'account-attention',
    }),
  },
  {
    key: 'tiers',
    type: 'tiers',
    applies: (f) => f.buyers >= 5 && f.topFifthRevenueShare >= STRONG_TOP_FIFTH_SHARE,
    score: (f) => 75 + Math.min(10, Math.floor((f.topFifthRevenueShare - STRONG_TOP_FIFTH_SHARE) * 50)),
    reasons: (f, d, w) => [w.tiersTop(w.format.share(f.topFifthRevenueShare), w.format.share(STRONG_TOP_FIFTH_SHARE, 0)), d.accountBusiness ? w.tiersAccounts : w.tiersStatus],
    used: (f) => ({ topFifthRevenueShare: f.topFifthRevenueShare, buyers: f.buyers }),
    draft: (f, d) => {
      const silver = niceMinor(d.yearlyPerBuyerMinor);
      const gold = niceMinor(d.yearlyPerBuyerMinor * 3);
      return {
        name: d.accountBusiness ? 'VIP accounts' : 'Tiers: Silver and Gold',
        description: `Silver from ${money(silver, f.currency)} a year (about the average buyer), Gold from ${money(gold, f.currency)} (about three times).`,
        rules: {
          type: 'tiers',
          basis: 'spend',
          periodMonths: 12,
          tiers: [
            { name: 'Silver', threshold: silver, benefits: 'Early news, a thank-you once a year', costPerMemberMinor: 0 },
            { name: 'Gold', threshold: gold, benefits: 'A named contact, an invitation, a yearly gift', costPerMemberMinor: 0 },
          ],
        },
        channels: d.accountBusiness ? ['visit', 'phone', 'event'] : ['email', 'event'],
        benefits: 'Silver: early news\nGold: a named contact, an invitation, a yearly gift',
        recommendation: 'tiers',
      };
    },
  },
  {
    key: 'referral',
    type: 'referral',
    applies: (f) => f.customers > 0 && f.referralShare >= VISIBLE_REFERRAL_SHARE,
    score: (f) => 65 + Math.min(15, Math.floor((f.referralShare - VISIBLE_REFERRAL_SHARE) * 100)),
    reasons: (f, d, w) => [w.referralVisible(w.format.share(f.referralShare), w.format.share(VISIBLE_REFERRAL_SHARE, 0)), w.referralThank],
    used: (f) => ({ referralShare: f.referralShare, customers: f.customers }),
    draft: () => ({
      name: 'Refer a friend',
      description: 'A thank-you for the customer who refers a friend, and a welcome for the friend.',
      rules: { type: 'referral', advocateReward: { description: 'A thank-you gift', costMinor: 0 }, friendReward: { description: 'A welcome gift', costMinor: 0 } },
      channels: ['email', 'letter'],
      benefits: 'A gift for each friend referred\nA welcome gift for the friend',
      recommendation: 'referral',
    }),
  },
  {
    key: 'thank-you',
    type: 'thankYou',
    applies: () => true,
    score: () => 50,
    reasons: (f, d, w) => [
      w.thankYouEveryone,
      ...(f.buyers > 0 ? [w.thankYouBuyers(w.format.num(f.buyers, 0))] : []),
    ],
    used: (f) => ({ buyers: f.buyers }),
    draft: () => ({
      name: 'Thank you after a purchase',
      description: 'A short personal thank-you a few days after a purchase.',
      rules: { type: 'thankYou', reward: { description: '', costMinor: 0 }, lapsedAfterDays: 365 },
      channels: ['email', 'letter'],
      benefits: 'A personal thank-you',
      recommendation: 'thank-you',
    }),
  },
  {
    key: 'win-back',
    type: 'winBack',
    applies: (f) => f.customers > 0 && f.lapsedShare >= NOTABLE_LAPSED_SHARE,
    score: (f) => 55 + Math.min(20, Math.floor((f.lapsedShare - NOTABLE_LAPSED_SHARE) * 50)),
    reasons: (f, d, w) => [w.winBackLapsed(w.format.share(f.lapsedShare), w.format.share(NOTABLE_LAPSED_SHARE, 0)), w.winBackNote],
    used: (f) => ({ lapsedShare: f.lapsedShare, customers: f.customers }),
    draft: () => ({
      name: 'Win-back',
      description: 'A personal note to customers who have not bought for a year.',
      rules: { type: 'winBack', reward: { description: 'A welcome-back offer', costMinor: 0 }, lapsedAfterDays: 365 },
      channels: ['letter', 'phone'],
      benefits: 'A welcome-back offer',
      recommendation: 'win-back',
    }),
  },
  {
    key: 'anniversary',
    type: 'anniversary',
    applies: (f) => f.buyers > 0 || f.withBirthday > 0,
    score: (f, d) => (d.birthdayShare >= BIRTHDAYS_KNOWN_SHARE ? 45 : 35),
    reasons: (f, d, w) => [
      d.birthdayShare >= BIRTHDAYS_KNOWN_SHARE
        ? w.birthdaysKnown(w.format.num(f.withBirthday, 0), w.format.share(d.birthdayShare))
        : f.withBirthday > 0
          ? w.birthdaysFew(w.format.num(f.withBirthday, 0), w.format.share(d.birthdayShare))
          : w.birthdaysNone,
    ],
    used: (f, d) => ({ withBirthday: f.withBirthday, birthdayShare: d.birthdayShare }),
    draft: (f, d) => ({
      name: d.birthdayShare >= BIRTHDAYS_KNOWN_SHARE ? 'Birthday and anniversary' : 'Customer anniversary',
      description: 'A note on the customer’s birthday or the anniversary of their first purchase.',
      rules: { type: 'anniversary', reward: { description: '', costMinor: 0 }, lapsedAfterDays: 365 },
      channels: ['letter', 'email'],
      benefits: 'A note on the day',
      recommendation: 'anniversary',
    }),
  },
  {
    key: 'surprise',
    type: 'surprise',
    // an account business has this already, tailored (account-attention)
    applies: (f, d) => !d.accountBusiness,
    score: () => 30,
    reasons: (f, d, w) => [w.surprise],
    used: () => ({}),
    draft: () => ({
      name: 'Surprise and delight',
      description: 'Now and then, an unexpected small gift or gesture for good customers.',
      rules: { type: 'surprise', reward: { description: '', costMinor: 0 }, lapsedAfterDays: 365 },
      channels: ['gift', 'letter'],
      benefits: 'A surprise now and then',
      recommendation: 'surprise',
    }),
  },
];

/** Program types advised against, with why; checked in this order. */
interface Warning {
  type: ProgramType;
  applies: (f: BusinessFacts, d: Derived) => boolean;
  reason: (f: BusinessFacts, d: Derived, w: ReasonWords) => string;
}

export const NOT_ADVISED: readonly Warning[] = [
  {
    type: 'points',
    applies: (f, d) => d.accountBusiness,
    reason: (f, d, w) => w.notPointsForAccounts,
  },
  {
    type: 'stampCard',
    applies: (f, d) => d.accountBusiness,
    reason: (f, d, w) => w.notStampsForAccounts,
  },
  {
    type: 'stampCard',
    applies: (f, d) => !d.accountBusiness && f.buyers > 0 && f.purchasesPerBuyer < RARE_PURCHASES_PER_YEAR,
    reason: (f, d, w) => w.notStampsRare(perYear(f, w)),
  },
  {
    type: 'points',
    applies: (f, d) => !d.accountBusiness && f.buyers > 0 && f.purchasesPerBuyer < RARE_PURCHASES_PER_YEAR,
    reason: (f, d, w) => w.notPointsRare(perYear(f, w)),
  },
];

/** The recommendations for these facts, their reasons in `language` (English unless asked: the app's language). */
export function recommendPrograms(facts: BusinessFacts, language: Language = 'en'): RecommendAnswer {
  const d = derive(facts);
  const w = REASON_WORDS[language];
  const recommendations: Recommendation[] = RULES.filter((rule) => rule.applies(facts, d)).map((rule) => ({
    key: rule.key,
    type: rule.type,
    score: rule.score(facts, d),
    reasons: rule.reasons(facts, d, w),
    used: rule.used(facts, d),
    draft: rule.draft(facts, d),
  }));
  recommendations.sort((a, b) => b.score - a.score || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const notAdvised: RecommendAnswer['notAdvised'] = [];
  for (const warning of NOT_ADVISED) {
    if (warning.applies(facts, d) && !notAdvised.some((n) => n.type === warning.type)) notAdvised.push({ type: warning.type, reason: warning.reason(facts, d, w) });
  }
  return { facts, recommendations, notAdvised };
}
