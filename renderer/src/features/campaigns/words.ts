import type { TFunction } from 'i18next';
import { CalendarDays, FileText, Gift, Mail, Phone, Store, type LucideIcon } from 'lucide-react';
import type { Campaign, DropReason, MoveReason, Step, Trigger } from '@shared/domain/campaign';
import type { ProgramChannel } from '@shared/domain/program';
import { formatDate } from '../customers/format';

/** The campaign screens' words and icons: channels, triggers, the report's reasons. */

export const CHANNEL_ICONS: Record<ProgramChannel, LucideIcon> = {
  letter: FileText,
  email: Mail,
  phone: Phone,
  visit: Store,
  gift: Gift,
  event: CalendarDays,
};

export const STATUS_COLOURS = { draft: 'gray', active: 'green', ended: 'blue' } as const;
export const TOUCH_STATUS_COLOURS = { planned: 'blue', done: 'green', skipped: 'gray' } as const;

/** "3 days after each purchase", "On 24 Dec 2026", "On being in “Champions”". */
export function triggerSummary(trigger: Trigger, t: TFunction, locale: string, segmentName: (id: string) => string): string {
  switch (trigger.kind) {
    case 'date':
      return t('campaigns.triggerSummary.date', { date: formatDate(trigger.date, locale) });
    case 'entersSegment':
      return t('campaigns.triggerSummary.entersSegment', { segment: segmentName(trigger.segmentId) });
    default:
      return t(`campaigns.triggerSummary.${trigger.kind}`, { count: trigger.days });
  }
}

/** "a weekend and a public holiday": reasons joined in plain words, each once. */
export function reasonsInWords(reasons: readonly MoveReason[], t: TFunction): string {
  const words = [...new Set(reasons)].map((r) => t(`campaigns.moveReasons.${r}`));
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')}${t('campaigns.and')}${words[words.length - 1]!}`;
}

export function dropInWords(reason: DropReason, blockers: readonly MoveReason[], t: TFunction): string {
  const head = t(`campaigns.dropReasons.${reason}`);
  return reason === 'no-room' && blockers.length > 0 ? `${head} (${t('campaigns.dropBlockers', { reasons: reasonsInWords(blockers, t) })})` : head;
}

/** Finds plans and steps by id for touches and report rows (which carry only ids). */
export interface PlanIndex {
  plan: (id: string) => Campaign | undefined;
  step: (campaignId: string, stepId: string) => Step | undefined;
  /** "Thank you · Letter after purchase". */
  label: (campaignId: string, stepId: string) => string;
}

export function planIndex(campaigns: readonly Campaign[] | undefined, unknownStep: string): PlanIndex {
  const plans = new Map((campaigns ?? []).map((c) => [c.id, c]));
  const step = (campaignId: string, stepId: string) => plans.get(campaignId)?.steps.find((s) => s.id === stepId);
  return {
    plan: (id) => plans.get(id),
    step,
    label: (campaignId, stepId) => {
      const plan = plans.get(campaignId);
      const s = step(campaignId, stepId);
      return [plan?.name, s?.name ?? unknownStep].filter(Boolean).join(' · ');
    },
  };
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();
/** "Thu, Dec 3": a day of the coming week, with its weekday (the year is plain from the context). */
export function dayWithWeekday(iso: string, locale: string): string {
  let f = dayFormats.get(locale);
  if (!f) dayFormats.set(locale, (f = new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' })));
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return f.format(new Date(Date.UTC(y, m - 1, d)));
}
