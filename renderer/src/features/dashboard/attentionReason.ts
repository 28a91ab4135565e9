import type { TFunction } from 'i18next';
import type { AttentionItem } from '@shared/domain/metrics';

/**
 * Why a customer is on "Needs attention this week", in words a shop owner reads at once, built from the item's
 * facts ("Spent 12.400 kr., last bought 143 days ago — was a regular"). Facts the engine did not send are left
 * out of the sentence rather than shown as blanks.
 */
export function attentionReason(item: AttentionItem, t: TFunction, money: (major: number) => string): string {
  const { facts } = item;
  const spent = facts.spent !== undefined ? money(facts.spent) : undefined;
  switch (item.kind) {
    case 'cantLoseThem':
    case 'atRisk': {
      const was = t(`dashboard.attention.was.${item.kind}`);
      if (spent !== undefined && facts.days !== undefined) return t('dashboard.attention.drifting', { spent, count: facts.days, was });
      if (facts.days !== undefined) return t('dashboard.attention.driftingDays', { count: facts.days, was });
      return t('dashboard.attention.driftingPlain', { was });
    }
    case 'birthday':
      return t('dashboard.attention.birthday', { when: when(facts.inDays, t) });
    case 'anniversary':
      return facts.years !== undefined
        ? t('dashboard.attention.anniversary', { count: facts.years, when: when(facts.inDays, t) })
        : t('dashboard.attention.anniversaryPlain', { when: when(facts.inDays, t) });
    case 'noTouchpoint':
      if (facts.days !== undefined && spent !== undefined) return t('dashboard.attention.noTouchpointSpent', { spent, count: facts.days });
      if (facts.days !== undefined) return t('dashboard.attention.noTouchpoint', { count: facts.days });
      return t('dashboard.attention.neverContacted');
    case 'detractor': {
      const score = facts.score !== undefined ? t('dashboard.attention.score', { score: facts.score }) : t('dashboard.attention.lowScore');
      return facts.days !== undefined
        ? t('dashboard.attention.detractorDays', { score, count: facts.days })
        : t('dashboard.attention.detractor', { score });
    }
    case 'leftCompany':
      return facts.company ? t('dashboard.attention.leftCompany', { company: facts.company }) : t('dashboard.attention.leftCompanyPlain');
  }
}

/** "today", "tomorrow", "in 5 days" (days from the as-of date); "soon" when the engine gave no count. */
function when(inDays: number | undefined, t: TFunction): string {
  if (inDays === undefined) return t('dashboard.attention.soon');
  if (inDays <= 0) return t('dashboard.attention.today');
  if (inDays === 1) return t('dashboard.attention.tomorrow');
  return t('dashboard.attention.inDays', { count: inDays });
}
