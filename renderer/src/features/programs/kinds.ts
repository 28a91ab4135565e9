import { Cake, Coins, Crown, HeartHandshake, RotateCcw, Sparkles, Stamp, UserPlus, type LucideIcon } from 'lucide-react';
import type { TFunction } from 'i18next';
import {
  AttentionRulesSchema,
  PointsRulesSchema,
  type Program,
  type ProgramRules,
  type ProgramStatus,
  type ProgramType,
  ReferralRulesSchema,
  StampCardRulesSchema,
  TiersRulesSchema,
} from '@shared/domain/program';
import { formatMoney, formatNumber } from '../customers/format';

/** What each program type looks like in the list, the recommendations and the designer. */
export const TYPE_ICONS: Record<ProgramType, LucideIcon> = {
  stampCard: Stamp,
  points: Coins,
  tiers: Crown,
  referral: UserPlus,
  thankYou: HeartHandshake,
  winBack: RotateCcw,
  anniversary: Cake,
  surprise: Sparkles,
};

export const STATUS_COLOURS: Record<ProgramStatus, 'amber' | 'green' | 'gray'> = { draft: 'amber', active: 'green', ended: 'gray' };

/** The rules a new program of a type starts with: the schema's defaults. */
export function defaultRules(type: ProgramType): ProgramRules {
  switch (type) {
    case 'stampCard':
      return StampCardRulesSchema.parse({ type });
    case 'points':
      return PointsRulesSchema.parse({ type });
    case 'tiers':
      return TiersRulesSchema.parse({ type });
    case 'referral':
      return ReferralRulesSchema.parse({ type });
    default:
      return AttentionRulesSchema.parse({ type });
  }
}

/** Rules of another type, keeping the reward where both have one (so a changed mind costs nothing). */
export function switchType(rules: ProgramRules, type: ProgramType): ProgramRules {
  const next = defaultRules(type);
  const reward = 'reward' in rules ? rules.reward : undefined;
  if (reward && 'reward' in next) return { ...next, reward } as ProgramRules;
  return next;
}

/** The rules in one plain line ("A stamp per purchase; at 10 stamps: One free (costs 25.00 kr.)"), for the compare view. */
export function rulesSummary(rules: ProgramRules, t: TFunction, locale: string, currency: string): string {
  const money = (minor: number) => formatMoney(minor, currency, locale);
  const reward = (r: { description: string; costMinor: number }) =>
    t('programs.summary.reward', { description: r.description || t('programs.summary.unnamedReward'), cost: money(r.costMinor) });
  switch (rules.type) {
    case 'stampCard':
      return t('programs.summary.stampCard', {
        per: rules.stampsPer === 'purchase' ? t('programs.summary.perPurchase') : t('programs.summary.perAmount', { amount: money(rules.amountPerStampMinor) }),
        at: rules.rewardAt,
        reward: reward(rules.reward),
      });
    case 'points':
      return t('programs.summary.points', {
        rate: formatNumber(rules.pointsPerUnit, locale),
        currency,
        thresholds: rules.thresholds.map((x) => `${formatNumber(x.points, locale)}: ${reward(x.reward)}`).join('; '),
        expiry: rules.expiryMonths === 0 ? t('programs.summary.noExpiry') : t('programs.summary.expiry', { count: rules.expiryMonths }),
      });
    case 'tiers':
      return t('programs.summary.tiers', {
        basis: t(`programs.rules.basis.${rules.basis}`),
        months: rules.periodMonths,
        tiers: rules.tiers
          .map((tier) => `${tier.name} ${t('programs.summary.from')} ${rules.basis === 'spend' ? money(tier.threshold) : formatNumber(tier.threshold, locale)}`)
          .join(', '),
      });
    case 'referral':
      return t('programs.summary.referral', { advocate: reward(rules.advocateReward), friend: reward(rules.friendReward) });
    default: {
      const base = rules.reward.description || rules.reward.costMinor > 0 ? reward(rules.reward) : t('programs.summary.attentionOnly');
      return rules.type === 'winBack' ? `${base} · ${t('programs.summary.lapsedAfter', { count: rules.lapsedAfterDays })}` : base;
    }
  }
}

/** The fields of a program the designer edits (everything but id and times). */
export type ProgramDraft = Omit<Program, 'id' | 'createdAt' | 'updatedAt'>;

export const draftOf = (p: Program): ProgramDraft => ({
  name: p.name,
  description: p.description,
  status: p.status,
  rules: p.rules,
  segmentIds: p.segmentIds,
  channels: p.channels,
  giftIds: p.giftIds,
  benefits: p.benefits,
  budgetMinor: p.budgetMinor,
  startDate: p.startDate,
  endDate: p.endDate,
  recommendation: p.recommendation,
});

/** Only the fields that changed: what a save sends. */
export function patchOf(saved: ProgramDraft, draft: ProgramDraft): Partial<ProgramDraft> {
  const patch: Partial<ProgramDraft> = {};
  for (const key of Object.keys(draft) as (keyof ProgramDraft)[]) {
    if (JSON.stringify(saved[key]) !== JSON.stringify(draft[key])) (patch as Record<string, unknown>)[key] = draft[key];
  }
  return patch;
}
