import type { EconomicsAnswer, EconomicsAssumptions, EconomicsFigure, FigureUnit, Program, ProgramBase, ProgramRules } from '../../domain/program';
import { money, num, percent } from './words';

/**
 * The economics of a program for one year, before launch, from the workspace's real purchases (the base,
 * store/program-facts.ts) and the user's assumptions. The same module runs in the engine and in the designer's
 * live preview. Every figure carries `how`: the computation in words with the actual numbers.
 *
 * Formulas (each figure's `how` spells them out with the numbers):
 * - members: join % × target customers (stamp card, points, tiers, referral); every targeted active buyer for
 *   attention programs; the lapsed target customers for a win-back. Members are assumed to buy like the average
 *   target customer, so the histograms count × join % for members.
 * - rewards earned, from last year's purchases as they were (the program's own extra purchases are not counted:
 *   that keeps the result linear in the uplift, so break-even is exact):
 *   stamp card: Σ buyers × ⌊stamps ÷ rewardAt⌋, stamps = purchases, or ⌊spend ÷ amount per stamp⌋ (spend over the
 *   year, remainders carried from purchase to purchase); points: Σ buyers × ⌊⌊spend × points per unit⌋ ÷ first
 *   threshold⌋ (every reward is counted at the first threshold and its cost), with expiry under 12 months a buyer
 *   whose points of that many months (the year's spread evenly) stay below the threshold reaches none;
 *   referral: last year's referrals × join %, each one reward for the advocate and one for the friend;
 *   attention: one reward per contact when the program has one.
 * - redeemed = earned × redemption %; breakage = earned − redeemed (not paid for); reward cost = redeemed × cost
 *   price; tiers: members per tier (the year's spend or purchases against the thresholds, scaled to 12 months) ×
 *   the tier's cost per member (no redemption).
 * - contacts = members × contacts per member a year; gift cost = contacts × the program's gifts' average unit cost;
 *   postage = contacts × postage per contact; program cost = rewards (or tiers) + gifts + postage + fixed cost.
 * - incremental revenue, linear in the uplift u: retention (+u points): active members × u % more retained ×
 *   revenue per active buyer; frequency and basket (+u %): members' revenue × u %. A win-back's uplift is the share
 *   of the lapsed who come back, each buying like an average active buyer.
 * - gross profit = revenue × gross margin; net = gross profit − program cost; payback = program cost ÷ (gross
 *   profit ÷ 12) months (null without gross profit); break-even uplift = program cost ÷ (gross profit per point).
 * - +5 points of retention, for this base: a customer's lifetime gross profit is the yearly gross profit times the
 *   margin multiple (1 + d) ÷ (1 + d − r) — this year's profit plus each later year's, kept with retention r and
 *   discounted at d = 10 % a year — so no cap is needed and a loyal base (r near 100 %) still gets an answer; the
 *   percentage is multiple(r + 5 points, at most 100 %) ÷ multiple(r) − 1 and the money is active buyers × yearly
 *   gross profit × the difference of the multiples. (1 ÷ churn, capped at 10 years, would show +0 % for any business
 *   already retaining 90 % of its buyers.)
 * - sensitivity: net for uplifts × redemption rates (only reward costs depend on redemption).
 * Money figures are minor units of the business currency, rounded once at the end; counts are rounded to whole
 * ones (the `how` shows the unrounded value when it has decimals).
 */

export const SENSITIVITY_UPLIFTS = [0, 2.5, 5, 7.5, 10];
export const SENSITIVITY_REDEMPTIONS = [25, 50, 75, 100];
/** The retention uplift of the often-quoted rule ("+5 % retention → +25–95 % profit"). */
export const QUOTED_RETENTION_POINTS = 5;
/** The yearly discount rate of the margin multiple: a krone of profit next year is worth less than one today. */
export const DISCOUNT_RATE_PERCENT = 10;

/** Years of yearly gross profit a customer is worth at retention r (0–1): Σₜ (r ÷ (1 + d))ᵗ = (1 + d) ÷ (1 + d − r). */
export function marginMultiple(retention: number): number {
  const d = DISCOUNT_RATE_PERCENT / 100;
  const r = Math.min(Math.max(retention, 0), 1);
  return (1 + d) / (1 + d - r);
}

const ATTENTION = new Set<ProgramRules['type']>(['thankYou', 'winBack', 'anniversary', 'surprise']);
const TYPE_WORDS: Record<ProgramRules['type'], string> = {
  stampCard: 'a stamp card', points: 'a points program', tiers: 'tiers', referral: 'a referral program',
  thankYou: 'a thank-you program', winBack: 'a win-back', anniversary: 'an anniversary program', surprise: 'surprise and delight',
};

/** What the reward side of the program costs, as a function of the redemption rate (0–1). */
interface RewardSide {
  earned: number | null;
  earnedHow: string;
  /** Cost of one redeemed reward (minor units); tiers: null (their cost is per member). */
  unitCost: number | null;
  /** Cost at a redemption rate; tiers ignore it. */
  cost: (redemption: number) => number;
  costHow: (redemption: number) => string;
  extra: EconomicsFigure[];
}

const count = (v: number) => num(v, 1);
const plural = (v: number, one: string, many = `${one}s`) => `${count(v)} ${Math.abs(v) === 1 ? one : many}`;

export function programEconomics(
  program: Pick<Program, 'rules' | 'budgetMinor' | 'giftIds'>,
  base: ProgramBase,
  assumptions: EconomicsAssumptions,
): EconomicsAnswer {
  const cur = base.currency;
  const m = (v: number) => money(v, cur);
  const rules = program.rules;
  const attention = ATTENTION.has(rules.type);
  const winBack = rules.type === 'winBack';
  const join = assumptions.joinPercent / 100;
  const redemption = assumptions.redemptionPercent / 100;
  const margin = base.grossMarginPercent / 100;

  // ---- members: who is in it, and which share of the year's buyers they are
  let members: number;
  let membersHow: string;
  /** The share of the histograms' active buyers who are members. */
  let memberShare: number;
  if (winBack) {
    members = base.lapsedCustomers;
    memberShare = 0;
    membersHow = `A win-back reaches the ${plural(base.lapsedCustomers, 'target customer')} who bought before but not lately: ${count(members)} members.`;
  } else if (attention) {
    members = base.activeBuyers;
    memberShare = 1;
    membersHow = `${TYPE_WORDS[rules.type]} reaches every targeted customer who bought in the 12 months to ${base.asOf}: ${plural(base.activeBuyers, 'active buyer')} of ${plural(base.targetCustomers, 'target customer')}.`;
    membersHow = membersHow.charAt(0).toUpperCase() + membersHow.slice(1);
  } else {
    members = base.targetCustomers * join;
    memberShare = join;
    membersHow = `${plural(base.targetCustomers, 'target customer')} × ${percent(assumptions.joinPercent)} who join = ${count(members)} members (of them ${count(base.activeBuyers * join)} active buyers, assumed to buy like the average buyer).`;
  }
  const activeMembers = base.activeBuyers * memberShare;

  // ---- contacts, gifts, postage
  const contacts = members * assumptions.contactsPerMemberPerYear;
  const contactsText = `${count(members)} members × ${num(assumptions.contactsPerMemberPerYear, 2)} contacts a year = ${count(contacts)} contacts`;
  const giftUnit = program.giftIds.length > 0 ? base.giftUnitCostMinor : 0;
  const giftCost = contacts * giftUnit;
  const giftHow =
    program.giftIds.length === 0
      ? 'No gifts from the catalogue in this program.'
      : `${contactsText}, each with a gift at ${m(giftUnit)} on average (${plural(program.giftIds.length, 'gift')} of the catalogue) = ${m(giftCost)}.`;
  const postage = contacts * assumptions.postagePerContactMinor;
  const postageHow = `${contactsText} × ${m(assumptions.postagePerContactMinor)} postage = ${m(postage)}.`;
  const fixed = assumptions.fixedCostMinor;

  // ---- the reward side
  const side = rewardSide(rules, base, memberShare, members, contacts, m);
  const otherCost = giftCost + postage + fixed;
  const programCostAt = (r: number) => side.cost(r) + otherCost;
  const rewardCost = side.cost(redemption);
  const programCost = programCostAt(redemption);

  // ---- incremental revenue: k per point (or per cent) of uplift
  const revenuePerBuyer = base.activeBuyers > 0 ? base.revenueMinor / base.activeBuyers : 0;
  const kind = assumptions.upliftKind;
  let perPoint: number;
  let revenueHow: (u: number, revenue: number) => string;
  if (kind === 'retention') {
    const retainedBase = winBack ? base.lapsedCustomers : activeMembers;
    perPoint = (retainedBase * revenuePerBuyer) / 100;
    revenueHow = (u, revenue) =>
      winBack
        ? `+${num(u, 2)} points of the ${plural(base.lapsedCustomers, 'lapsed customer')} come back = ${count((retainedBase * u) / 100)}, each buying like an average active buyer (${m(base.revenueMinor)} ÷ ${plural(base.activeBuyers, 'active buyer')} = ${m(revenuePerBuyer)} a year) = ${m(revenue)}.`
        : `+${num(u, 2)} points of retention on ${count(activeMembers)} active members = ${count((retainedBase * u) / 100)} more retained buyers × ${m(revenuePerBuyer)} a year each (${m(base.revenueMinor)} ÷ ${plural(base.activeBuyers, 'active buyer')}) = ${m(revenue)}.`;
  } else {
    const memberRevenue = base.revenueMinor * memberShare;
    perPoint = memberRevenue / 100;
    const what = kind === 'frequency' ? 'more purchases' : 'a bigger basket';
    revenueHow = (u, revenue) =>
      winBack
        ? `Lapsed customers bought nothing in the year, so +${num(u, 2)} % ${what} adds ${m(revenue)}; a win-back is measured by retention.`
        : `Members' revenue ${m(base.revenueMinor)} × ${percent(memberShare * 100)} members = ${m(memberRevenue)}; +${num(u, 2)} % (${what}) = ${m(revenue)}.`;
  }
  const uplift = assumptions.upliftPercent;
  const revenue = perPoint * uplift;
  const gross = revenue * margin;
  const net = gross - programCost;
  const grossPerPoint = perPoint * margin;

  // ---- what +5 points of retention mean for this base
  const r = Math.min(Math.max(base.retentionRate, 0), 1);
  const rPlus = Math.min(1, r + QUOTED_RETENTION_POINTS / 100);
  const now = marginMultiple(r);
  const plus = marginMultiple(rPlus);
  const yearlyGross = revenuePerBuyer * margin;
  const lifetimeNow = base.activeBuyers * yearlyGross * now;
  const lifetimePlus = base.activeBuyers * yearlyGross * plus;
  const plusPercent = lifetimeNow > 0 ? (plus / now - 1) * 100 : null;
  const d = DISCOUNT_RATE_PERCENT / 100;
  const multipleHow = (x: number) => `(1 + ${num(d, 2)}) ÷ (1 + ${num(d, 2)} − ${num(x, 3)}) = ${num(marginMultiple(x), 2)}`;
  const capNote = r + QUOTED_RETENTION_POINTS / 100 > 1 ? ' (retention cannot pass 100 %)' : '';

  const unconverted =
    base.unconvertedCurrencies.length > 0 ? ` Purchases in ${base.unconvertedCurrencies.join(', ')} have no exchange rate and are left out of the revenue.` : '';

  const figures: EconomicsFigure[] = [
    fig('members', Math.round(members), 'count', membersHow),
    fig('rewardsEarned', side.earned === null ? null : Math.round(side.earned), 'count', side.earnedHow),
    fig(
      'rewardsRedeemed',
      side.earned === null ? null : Math.round(side.earned * redemption),
      'count',
      side.earned === null ? 'Tiers have no rewards to redeem; their cost is per member.' : `${count(side.earned)} rewards × ${percent(assumptions.redemptionPercent)} redeemed = ${count(side.earned * redemption)}.`,
    ),
    fig(
      'breakage',
      side.earned === null ? null : Math.round(side.earned * (1 - redemption)),
      'count',
      side.earned === null
        ? 'Tiers have no rewards to redeem.'
        : `${count(side.earned)} earned − ${count(side.earned * redemption)} redeemed = ${count(side.earned * (1 - redemption))} never redeemed (${percent(100 - assumptions.redemptionPercent)} breakage)${side.unitCost ? `, ${m(side.earned * (1 - redemption) * side.unitCost)} not paid out` : ''}.`,
    ),
    fig('rewardCost', Math.round(rewardCost), 'money', side.costHow(redemption)),
    ...side.extra,
    fig('giftCost', Math.round(giftCost), 'money', giftHow),
    fig('postage', Math.round(postage), 'money', postageHow),
    fig('fixedCost', Math.round(fixed), 'money', `As set: ${m(fixed)} a year.`),
    fig('programCost', Math.round(programCost), 'money', `${m(rewardCost)} rewards + ${m(giftCost)} gifts + ${m(postage)} postage + ${m(fixed)} fixed = ${m(programCost)} a year.`),
    fig('incrementalRevenue', Math.round(revenue), 'money', revenueHow(uplift, revenue) + unconverted),
    fig('incrementalGrossProfit', Math.round(gross), 'money', `${m(revenue)} × ${percent(base.grossMarginPercent)} gross margin = ${m(gross)}.`),
    fig('net', Math.round(net), 'money', `${m(gross)} gross profit − ${m(programCost)} program cost = ${m(net)} a year.`),
    fig(
      'paybackMonths',
      programCost === 0 ? 0 : gross > 0 ? round(programCost / (gross / 12), 1) : null,
      'months',
      programCost === 0
        ? 'The program costs nothing: it pays from the first month.'
        : gross > 0
          ? `${m(programCost)} ÷ (${m(gross)} ÷ 12 = ${m(gross / 12)} a month) = ${num(programCost / (gross / 12), 1)} months.`
          : 'Without additional gross profit the program never pays back.',
    ),
    fig(
      'breakEvenUplift',
      grossPerPoint > 0 ? round(programCost / grossPerPoint, 2) : null,
      kind === 'retention' ? 'points' : 'percent',
      grossPerPoint > 0
        ? `Each ${kind === 'retention' ? 'point of retention' : `per cent of ${kind}`} brings ${m(perPoint)} revenue × ${percent(base.grossMarginPercent)} = ${m(grossPerPoint)} gross profit; ${m(programCost)} ÷ ${m(grossPerPoint)} = ${num(programCost / grossPerPoint, 2)} ${kind === 'retention' ? 'points' : '%'} make the net result 0.`
        : 'No uplift can pay for it: there is no revenue (or no margin) for the uplift to raise.',
    ),
    fig(
      'retentionPlusFive',
      plusPercent === null ? null : round(plusPercent, 1),
      'percent',
      plusPercent === null
        ? 'Without buyers (or margin) there is no profit for more retention to raise.'
        : `Retention is ${percent(r * 100, 1)}. Counting this year's gross profit and every later year's that retention keeps, discounted at ${DISCOUNT_RATE_PERCENT} % a year, a buyer is worth (1 + d) ÷ (1 + d − retention) = ${multipleHow(r)} years of gross profit; at ${percent(rPlus * 100, 1)} retention (+${QUOTED_RETENTION_POINTS} points${capNote}) ${multipleHow(rPlus)}. Lifetime gross profit rises by ${num(plus, 2)} ÷ ${num(now, 2)} − 1 = ${num(plusPercent, 1)} %. The quoted +25–95 % also counts lower costs of serving loyal customers and their referrals; this counts only their gross profit.`,
    ),
    fig(
      'retentionPlusFiveProfit',
      Math.round(lifetimePlus - lifetimeNow),
      'money',
      `${plural(base.activeBuyers, 'active buyer')} × ${m(yearlyGross)} gross profit a year (${m(revenuePerBuyer)} × ${percent(base.grossMarginPercent)}) × (${num(plus, 2)} − ${num(now, 2)} years) = ${m(lifetimePlus - lifetimeNow)} more over their lifetime, in today's money.`,
    ),
    fig(
      'retentionPlusFiveFirstYear',
      Math.round(base.activeBuyers * (QUOTED_RETENTION_POINTS / 100) * yearlyGross),
      'money',
      `${plural(base.activeBuyers, 'active buyer')} × ${QUOTED_RETENTION_POINTS} % more retained = ${count(base.activeBuyers * (QUOTED_RETENTION_POINTS / 100))} × ${m(yearlyGross)} gross profit = ${m(base.activeBuyers * (QUOTED_RETENTION_POINTS / 100) * yearlyGross)} in the first year.`,
    ),
    fig(
      'budgetLeft',
      program.budgetMinor > 0 ? Math.round(program.budgetMinor - programCost) : null,
      'money',
      program.budgetMinor > 0 ? `Budget ${m(program.budgetMinor)} − program cost ${m(programCost)} = ${m(program.budgetMinor - programCost)}.` : 'No budget set.',
    ),
  ];

  const sensitivity = {
    uplifts: [...SENSITIVITY_UPLIFTS],
    redemptions: [...SENSITIVITY_REDEMPTIONS],
    profitMinor: SENSITIVITY_UPLIFTS.map((u) => SENSITIVITY_REDEMPTIONS.map((rp) => Math.round(grossPerPoint * u - programCostAt(rp / 100)))),
  };
  return { base, assumptions, figures, sensitivity };
}

function fig(key: string, value: number | null, unit: FigureUnit, how: string): EconomicsFigure {
  return { key, value: value === null || !Number.isFinite(value) ? null : value === 0 ? 0 : value, unit, how };
}

function round(v: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(v * f) / f;
}

/** Points of a spend in minor units: ⌊spend in major units × points per unit⌋ (a hair of tolerance for binary fractions). */
export function pointsFor(spendMinor: number, pointsPerUnit: number): number {
  return Math.floor((spendMinor * pointsPerUnit) / 100 + 1e-9);
}

function rewardSide(rules: ProgramRules, base: ProgramBase, memberShare: number, members: number, contacts: number, m: (v: number) => string): RewardSide {
  const share = memberShare === 1 ? '' : ` × ${percent(memberShare * 100)} members`;
  const simple = (earned: number, unitCost: number, earnedHow: string, what = 'rewards'): RewardSide => ({
    earned,
    earnedHow,
    unitCost,
    cost: (r) => earned * r * unitCost,
    costHow: (r) => `${count(earned * r)} ${what} redeemed × ${m(unitCost)} at cost price = ${m(earned * r * unitCost)}.`,
    extra: [],
  });
  switch (rules.type) {
    case 'stampCard': {
      let total = 0;
      const parts: string[] = [];
      if (rules.stampsPer === 'purchase') {
        for (const [purchases, buyers] of base.purchaseHistogram) {
          const rewards = Math.floor(purchases / rules.rewardAt);
          total += buyers * rewards;
          if (rewards > 0) parts.push(`${buyers} × ${rewards}`);
        }
      } else {
        for (const [lower, buyers] of base.spendHistogram) {
          const rewards = Math.floor(Math.floor(lower / rules.amountPerStampMinor) / rules.rewardAt);
          total += buyers * rewards;
          if (rewards > 0) parts.push(`${buyers} × ${rewards}`);
        }
      }
      const earned = total * memberShare;
      const stamps = rules.stampsPer === 'purchase' ? 'a stamp per purchase' : `a stamp per ${m(rules.amountPerStampMinor)} spent over the year`;
      const sum = parts.length === 0 ? 'no buyer reached a reward' : `${parts.length > 8 ? `${parts.slice(0, 8).join(' + ')} + …` : parts.join(' + ')} = ${count(total)}`;
      return simple(
        earned,
        rules.reward.costMinor,
        `Last year's buyers by ${rules.stampsPer === 'purchase' ? 'purchases' : 'spend'} (${stamps}, a reward at ${rules.rewardAt} stamps): buyers × full cards: ${sum}${share} = ${count(earned)} rewards.`,
      );
    }
    case 'points': {
      const first = rules.thresholds[0]!;
      const expiry = rules.expiryMonths > 0 && rules.expiryMonths < 12 ? rules.expiryMonths : 0;
      let total = 0;
      let lost = 0;
      for (const [lower, buyers] of base.spendHistogram) {
        const points = pointsFor(lower, rules.pointsPerUnit);
        const reachesInWindow = expiry === 0 || (points * expiry) / 12 >= first.points;
        const rewards = reachesInWindow ? Math.floor(points / first.points) : 0;
        if (!reachesInWindow && points >= first.points) lost += buyers;
        total += buyers * rewards;
      }
      const earned = total * memberShare;
      const expiryHow =
        expiry === 0
          ? rules.expiryMonths === 0
            ? ' Points never expire.'
            : ` Points expire after ${rules.expiryMonths} months, which a year's figures do not reach.`
          : ` Points expire after ${expiry} months: spreading each buyer's year evenly, a buyer whose ${expiry} months of points stay below ${num(first.points, 0)} never reaches a reward (${plural(lost, 'buyer')} lose theirs).`;
      return simple(
        earned,
        first.reward.costMinor,
        `Last year's buyers by spend, ${num(rules.pointsPerUnit, 2)} points per 1 ${base.currency}: buyers × ⌊points ÷ ${num(first.points, 0)}⌋ (each reward counted at the first threshold) = ${count(total)}${share} = ${count(earned)} rewards.${expiryHow}`,
      );
    }
    case 'referral': {
      const referrals = base.referred * memberShare;
      const each = rules.advocateReward.costMinor + rules.friendReward.costMinor;
      return {
        earned: referrals * 2,
        earnedHow: `${plural(base.referred, 'customer')} came by referral last year (from ${plural(base.advocates, 'advocate')})${share} = ${count(referrals)} referrals, each earning a reward for the advocate and one for the friend = ${count(referrals * 2)} rewards.`,
        unitCost: each / 2,
        cost: (r) => referrals * r * each,
        costHow: (r) =>
          `${count(referrals)} referrals × ${percent(r * 100)} redeemed × (${m(rules.advocateReward.costMinor)} advocate + ${m(rules.friendReward.costMinor)} friend) = ${m(referrals * r * each)}.`,
        extra: [],
      };
    }
    case 'tiers': {
      const scale = 12 / rules.periodMonths;
      const tiers = rules.tiers.map((t, i) => ({ ...t, i, yearly: t.threshold * scale })).sort((a, b) => a.yearly - b.yearly || a.i - b.i);
      const nonBuyers = Math.max(0, members - base.activeBuyers * memberShare);
      const histogram = rules.basis === 'spend' ? base.spendHistogram : base.purchaseHistogram;
      const inTier = tiers.map(() => 0);
      for (const [value, buyers] of histogram) {
        let at = -1;
        for (let k = 0; k < tiers.length; k++) if (value >= tiers[k]!.yearly) at = k;
        if (at >= 0) inTier[at]! += buyers * memberShare;
      }
      // members who did not buy in the year are in a tier only if it asks nothing
      if (tiers[0] && tiers[0].yearly <= 0) inTier[0]! += nonBuyers;
      const cost = tiers.reduce((sum, t, k) => sum + inTier[k]! * t.costPerMemberMinor, 0);
      const basis = rules.basis === 'spend' ? 'spend' : 'purchases';
      const threshold = (t: (typeof tiers)[number]) => (rules.basis === 'spend' ? m(t.yearly) : num(t.yearly, 2));
      const scaleHow = rules.periodMonths === 12 ? '' : ` Thresholds over ${rules.periodMonths} months are scaled to a year (× ${num(scale, 3)}).`;
      const perTier = tiers.map((t, k) => `${t.name} (from ${threshold(t)}): ${count(inTier[k]!)} × ${m(t.costPerMemberMinor)}`);
      return {
        earned: null,
        earnedHow: 'Tiers have no rewards to earn; their cost is per member of each tier.',
        unitCost: null,
        cost: () => cost,
        costHow: () => `Members per tier by last year's ${basis}${memberShare === 1 ? '' : ` × ${percent(memberShare * 100)} members`}: ${perTier.join('; ')} = ${m(cost)}.${scaleHow}`,
        extra: tiers.map((t, k) =>
          fig(`tierMembers:${t.name}`, Math.round(inTier[k]!), 'count', `Members whose ${basis} in the year reaches ${threshold(t)}${tiers[k + 1] ? ` but not ${threshold(tiers[k + 1]!)}` : ''}: ${count(inTier[k]!)}.`),
        ),
      };
    }
    default: {
      // attention programs: a reward (a voucher, a small present) with each contact, if the program has one
      const hasReward = rules.reward.costMinor > 0 || rules.reward.description !== '';
      if (!hasReward) return simple(0, 0, 'No reward set: the program gives attention (notes, calls) only.');
      return simple(contacts, rules.reward.costMinor, `One reward with each contact: ${count(members)} members × contacts a year = ${count(contacts)} rewards.`);
    }
  }
}
