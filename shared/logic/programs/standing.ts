import type { Program, ProgramStanding } from '../../domain/program';
import { addDays } from '../calendar';
import { pointsFor } from './economics';
import { num } from './words';

/**
 * A customer's standing in a program that keeps balances, computed from their purchases (amounts already in the
 * business currency: the caller converts). Programs without balances (referral, attention) answer null.
 *
 * - Purchases count from the program's start date (all of them if it has none) to its end date or `asOf`,
 *   whichever comes first.
 * - Stamp card: stamps = purchases, or ⌊spend ÷ amount per stamp⌋ with the remainder carried from purchase to
 *   purchase (as the economics count them); rewards earned = ⌊stamps ÷ rewardAt⌋; the balance is the stamps on the
 *   current card, `toNext` the stamps still needed.
 * - Points: each purchase earns ⌊spend so far × points per unit⌋ minus what the purchases before earned (so the
 *   total is that of the whole spend, as in the economics). Nothing records redemptions, so the standing assumes
 *   what the economics assume: a reward is taken at the first threshold as soon as the balance reaches it. A
 *   redemption spends the oldest points first (first in, first out); points still unspent `expiryMonths` after the
 *   purchase that earned them are lost (on that day: a purchase on 10 March with 12 months' expiry keeps its
 *   points to 9 March of the next year). Expiry 0: never.
 * - Tiers: the spend (minor units) or number of purchases over the last `periodMonths` to `asOf` (from the
 *   program's start at the earliest); the tier is the highest whose threshold that reaches; the balance is that
 *   spend or count, `toNext` what the next tier asks more.
 */
export function programStanding(program: Program, purchases: ReadonlyArray<{ date: string; amountMinor: number }>, asOf: string): ProgramStanding | null {
  const rules = program.rules;
  if (rules.type !== 'stampCard' && rules.type !== 'points' && rules.type !== 'tiers') return null;
  const last = program.endDate !== '' && program.endDate < asOf ? program.endDate : asOf;
  const inProgram = purchases
    .filter((p) => p.date <= last && (program.startDate === '' || p.date >= program.startDate))
    .slice()
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const head = { programId: program.id, programName: program.name };

  if (rules.type === 'stampCard') {
    let stamps = 0;
    if (rules.stampsPer === 'purchase') stamps = inProgram.length;
    else {
      const spent = inProgram.reduce((sum, p) => sum + Math.max(0, p.amountMinor), 0);
      stamps = Math.floor(spent / rules.amountPerStampMinor);
    }
    const balance = stamps % rules.rewardAt;
    return {
      ...head,
      type: 'stampCard',
      balance,
      tier: null,
      toNext: rules.rewardAt - balance,
      next: rules.reward.description || `A reward at ${rules.rewardAt} stamps`,
      rewardsEarned: Math.floor(stamps / rules.rewardAt),
    };
  }

  if (rules.type === 'points') {
    const first = rules.thresholds[0]!;
    const lots: Array<{ expires: string | null; points: number }> = [];
    let spent = 0;
    let earnedSoFar = 0;
    let rewards = 0;
    const expire = (day: string) => {
      while (lots.length > 0 && lots[0]!.expires !== null && lots[0]!.expires <= day) lots.shift();
    };
    const balanceOf = () => lots.reduce((sum, l) => sum + l.points, 0);
    for (const p of inProgram) {
      expire(p.date);
      spent += Math.max(0, p.amountMinor);
      const total = pointsFor(spent, rules.pointsPerUnit);
      const points = total - earnedSoFar;
      earnedSoFar = total;
      if (points > 0) lots.push({ expires: rules.expiryMonths > 0 ? addMonths(p.date, rules.expiryMonths) : null, points });
      // lots are in purchase order, and expiry is the same span for all, so the oldest lot also expires first
      while (balanceOf() >= first.points) {
        let due = first.points;
        while (due > 0) {
          const lot = lots[0]!;
          const used = Math.min(lot.points, due);
          lot.points -= used;
          due -= used;
          if (lot.points === 0) lots.shift();
        }
        rewards++;
      }
    }
    expire(asOf);
    const balance = balanceOf();
    return {
      ...head,
      type: 'points',
      balance,
      tier: null,
      toNext: first.points - balance,
      next: first.reward.description || `A reward at ${num(first.points, 0)} points`,
      rewardsEarned: rewards,
    };
  }

  const periodStart = addDays(addMonths(asOf, -rules.periodMonths), 1);
  const from = program.startDate !== '' && program.startDate > periodStart ? program.startDate : periodStart;
  const inPeriod = inProgram.filter((p) => p.date >= from);
  const value = rules.basis === 'spend' ? inPeriod.reduce((sum, p) => sum + p.amountMinor, 0) : inPeriod.length;
  const tiers = rules.tiers.map((t, i) => ({ ...t, i })).sort((a, b) => a.threshold - b.threshold || a.i - b.i);
  let at = -1;
  for (let k = 0; k < tiers.length; k++) if (value >= tiers[k]!.threshold) at = k;
  const next = tiers[at + 1];
  return {
    ...head,
    type: 'tiers',
    balance: value,
    tier: at >= 0 ? tiers[at]!.name : null,
    toNext: next ? next.threshold - value : null,
    next: next ? next.name : null,
    rewardsEarned: 0,
  };
}

/** `date` plus `months` calendar months ('YYYY-MM-DD'), the day clamped to the month's last (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7)) - 1 + months;
  const day = Number(date.slice(8, 10));
  const y = year + Math.floor(month / 12);
  const mIndex = ((month % 12) + 12) % 12;
  const lastDay = new Date(Date.UTC(y, mIndex + 1, 0)).getUTCDate();
  return `${String(y).padStart(4, '0')}-${String(mIndex + 1).padStart(2, '0')}-${String(Math.min(day, lastDay)).padStart(2, '0')}`;
}
