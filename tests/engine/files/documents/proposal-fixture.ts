import type { Language } from '../../../../shared/domain/profile';
import type { EconomicsAnswer, Program } from '../../../../shared/domain/program';
import type { RfmGroup } from '../../../../shared/domain/rfm';
import { RFM_GROUP_NAMES, type ProposalCalendarRow, type ProposalData } from '../../../../electron/engine/files/documents/proposal';

/** A 3:1 PNG logo, 90 x 30 pixels (drawn with resvg). */
export const LOGO =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAFoAAAAeCAYAAACsYQl4AAAB20lEQVR4nO3avS9DURgG8OcYNIbG1ySSuhvxkdQgDFaJSUmwYPIPsBAmk4SFf8CEBYnaJFZDxaCJj+hWEjHRSgepocf7kkrTtPer7hW57y/pyekZnzx5783NUSDG+JoBnd+CRlTTX4iaKSBNSxIqtJiOr6UVh6wL+SsATfQTvy+r6kL9yhhbjWvoGB0IjyioE9UxtpKhvbTZQzxGOGgay8JrErRPJGifOAq6PfyOme5HDLRl0NWaoxPg/iWMy+dm7N9F8JRroBNRie2glwZTmOt9pF11uzcRbF500k6UsxX04Xjip8FWuOFT8SHaiVKWQS8PpTDbY97kcnu3EWwkzJudPlmn9f8zYqu0WjMNmmfy6fQ57ZwbPRg2ndkSdAk3bS6yarUEXcLJbC5nNasl6BLX82e0ute3M0KrYBK0T0yDPppIoLPF3ehIvYYxeVx9dASNadBBehjanbVumQYdpNe7Pw2auWm1VZuZBF2Bk1ltdzZL0FXYabadJgeV7aAZz2wOmz+TFhvODebPpByy2UwOOkdBC/ckaJ9I0D5RRmwlqzUaITyjFB7kAo0Pvi7Q8JUw6HxSWu0NavMbVCiqaP99ybHwsQ2loxR4Bx2JGlHAD9Aqibr6Bb7k+AnQ9N2rIwnWRwAAAABJRU5ErkJggg==';

/** The business's name in each language's fixture: the diacritics the test looks for. */
export const BUSINESS: Record<Language, string> = {
  en: 'Harbour Coffee Roasters',
  da: 'Nordlys Kafferisteri Ærø',
  nb: 'Fjordkaffe Brennerier Tromsø',
  cs: 'Pražírna Čeština Šťastná s.r.o.',
  sl: 'Kavarna Žužemberk Čačak d.o.o.',
};

const CURRENCY: Record<Language, string> = { en: 'GBP', da: 'DKK', nb: 'NOK', cs: 'CZK', sl: 'EUR' };

const RFM: Array<[RfmGroup, number]> = [
  ['champions', 118], ['loyal', 240], ['potentialLoyalists', 195], ['new', 64], ['promising', 41], ['needAttention', 77],
  ['aboutToSleep', 88], ['atRisk', 132], ['cantLoseThem', 19], ['hibernating', 150], ['lost', 276],
];

export const program: Program = {
  id: '00000000-0000-4000-8000-000000000101',
  name: 'Kaffekort: the tenth cup is on us',
  description: 'A stamp card for every buyer, in the shop and with online orders.\n\nIt rewards the regulars who already come often.',
  status: 'draft',
  rules: { type: 'stampCard', stampsPer: 'purchase', amountPerStampMinor: 10_000, rewardAt: 10, reward: { description: 'A free bag of coffee (250 g)', costMinor: 4_500 } },
  segmentIds: [],
  channels: ['letter', 'email', 'gift'],
  giftIds: [],
  benefits: '- A stamp with every purchase\n- The tenth bag free\n- A note on their birthday',
  budgetMinor: 2_500_000,
  startDate: '2027-01-04',
  endDate: '2027-12-31',
  recommendation: 'stampCard',
  createdAt: '2026-12-01T10:00:00.000Z',
  updatedAt: '2026-12-01T10:00:00.000Z',
};

export function economics(currency: string): EconomicsAnswer {
  return {
    base: {
      asOf: '2026-12-03', currency, grossMarginPercent: 45, targetCustomers: 1400, activeBuyers: 820, purchases: 3900, revenueMinor: 128_000_000,
      from: '2025-12-04', unconvertedCurrencies: [], lapsedCustomers: 0, spendBucketMinor: 50_000,
      retentionRate: 0.52, purchaseHistogram: [[1, 300], [2, 200], [5, 320]], spendHistogram: [[50_000, 400], [200_000, 420]], advocates: 40, referred: 55, giftUnitCostMinor: 0,
    },
    assumptions: { upliftKind: 'retention', upliftPercent: 5, redemptionPercent: 70, joinPercent: 60, postagePerContactMinor: 1_200, contactsPerMemberPerYear: 1, fixedCostMinor: 300_000 },
    figures: [
      { key: 'members', value: 492, unit: 'count', how: '820 active buyers x 60 % who join = 492 members.' },
      { key: 'rewardsEarned', value: 1310, unit: 'count', how: 'Purchases by members / 10 stamps per reward, by the purchase histogram: 1,310 rewards.' },
      { key: 'rewardsRedeemed', value: 917, unit: 'count', how: '1,310 rewards x 70 % redeemed = 917.' },
      { key: 'rewardCost', value: 4_126_500, unit: 'money', how: '917 rewards x 45.00 at cost price = 41,265.00.' },
      { key: 'postage', value: 590_400, unit: 'money', how: '492 members x 1 contact x 12.00 = 5,904.00.' },
      { key: 'fixedCost', value: 300_000, unit: 'money', how: 'As set: 3,000.00 a year.' },
      { key: 'programCost', value: 5_016_900, unit: 'money', how: '41,265.00 + 5,904.00 + 3,000.00 = 50,169.00.' },
      { key: 'incrementalRevenue', value: 12_300_000, unit: 'money', how: '+5 points of retention on 492 members x 2,500.00 a year.' },
      { key: 'incrementalGrossProfit', value: 5_535_000, unit: 'money', how: '123,000.00 x 45 % gross margin = 55,350.00.' },
      { key: 'net', value: 518_100, unit: 'money', how: '55,350.00 - 50,169.00 = 5,181.00 a year.' },
      { key: 'paybackMonths', value: 10.9, unit: 'months', how: '50,169.00 / (55,350.00 / 12) = 10.9 months.' },
      { key: 'breakEvenUplift', value: 4.5, unit: 'percent', how: 'The retention uplift at which the net result is 0: 4.5 points.' },
      { key: 'retentionPlusFive', value: 31, unit: 'percent', how: 'With 45 % margin and 48 % churn, +5 points of retention raise yearly profit by 31 %.' },
      { key: 'someFutureFigure', value: null, unit: 'ratio', how: 'Not computed for a stamp card.' },
    ],
    sensitivity: {
      uplifts: [0, 2.5, 5, 7.5, 10],
      redemptions: [50, 70, 90],
      profitMinor: [
        [-3_400_000, -5_000_000, -6_600_000], [-600_000, -2_200_000, -3_800_000], [2_100_000, 518_100, -1_100_000],
        [4_900_000, 3_300_000, 1_700_000], [7_700_000, 6_100_000, 4_500_000],
      ],
    },
  };
}

/** Weekly rows, starting Monday 4 January 2027. */
export function calendar(rows: number): ProposalCalendarRow[] {
  const steps = [
    { planName: 'Welcome to the card', stepName: 'Thank-you letter', channel: 'letter' as const, cost: 1_200 },
    { planName: 'Welcome to the card', stepName: 'Follow-up email', channel: 'email' as const, cost: 0 },
    { planName: 'Birthdays', stepName: 'Birthday gift', channel: 'gift' as const, cost: 6_000 },
  ];
  return Array.from({ length: rows }, (_, i) => {
    const step = steps[i % steps.length]!;
    const day = new Date(Date.UTC(2027, 0, 4 + 7 * Math.floor(i / steps.length)));
    const touches = 5 + ((i * 7) % 23);
    return { date: day.toISOString().slice(0, 10), planName: step.planName, stepName: step.stepName, channel: step.channel, touches, costMinor: touches * step.cost };
  });
}

export function proposalFixture(language: Language, over: Partial<ProposalData> = {}): ProposalData {
  const currency = CURRENCY[language];
  const cal = calendar(12);
  return {
    profile: { name: BUSINESS[language], logo: LOGO, brandColour: '#1F4E79', paperSize: 'A4', senderAddress: 'Havnegade 4\n8000 Aarhus' },
    agencyName: 'Agentura Křížek & Ødegård',
    language,
    date: '2026-03-31',
    base: {
      customers: 1400, buyers12m: 820, revenue12mMinor: 128_000_000, currency, repeatRate: 0.52, averageBasketMinor: 32_800, purchasesPerBuyer: 4.8,
      topFifthRevenueShare: 0.58, referralShare: 0.07, lapsedShare: 0.31,
    },
    // April 2025 to March 2026
    revenueByMonth: Array.from({ length: 12 }, (_, i) => ({ month: `${i < 9 ? 2025 : 2026}-${String(((i + 3) % 12) + 1).padStart(2, '0')}`, revenueMinor: 8_000_000 + ((i * 3_700_000) % 6_000_000) })),
    rfmGroups: RFM.map(([group, customers]) => ({ label: RFM_GROUP_NAMES[language][group], customers })),
    segments: [{ name: 'Stamgæster i Århus', members: 312 }, { name: 'Šťastní zákazníci', members: 128 }, { name: 'Lapsed since summer', members: 207 }],
    program,
    reasons: ['Buyers purchase 4.8 times a year on average, with an average basket of 328.00: small frequent purchases suit a stamp card.', 'The repeat rate is 52 %, so a reward for coming back has something to build on.'],
    economics: economics(currency),
    calendar: cal,
    budget: { lines: [{ label: 'Rewards (cost price)', amountMinor: 4_126_500 }, { label: 'Postage', amountMinor: 590_400 }, { label: 'Printing of cards', amountMinor: 300_000 }], totalMinor: 5_016_900 },
    kpis: ['Share of buyers with a card', 'Repeat rate among members vs. non-members', 'Rewards redeemed per month'],
    nextSteps: ['Approve the programme and its budget', 'Print the cards', 'Send the welcome letters in week 1'],
    ...over,
  };
}
