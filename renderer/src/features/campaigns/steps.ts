import type { TFunction } from 'i18next';
import type { Step, Trigger, TriggerKind } from '@shared/domain/campaign';
import type { ProgramChannel } from '@shared/domain/program';
import { minorToTyped, parseAmountMinor } from '../customers/amount';
import { isIsoDate } from '../dashboard/period';

/** A step as the editor holds it: numbers and amounts as typed, every trigger's field kept while the kind changes. */
export interface StepDraft {
  id: string;
  name: string;
  kind: TriggerKind;
  days: string;
  date: string;
  segmentId: string;
  channel: ProgramChannel;
  templateId: string | null;
  giftId: string | null;
  cost: string;
}

/** What a new trigger of each kind starts with: a thank-you a few days after, a birthday note a week before. */
export const DEFAULT_DAYS: Record<Exclude<TriggerKind, 'date' | 'entersSegment'>, number> = {
  afterPurchase: 3,
  afterFirstPurchase: 30,
  beforeBirthday: 7,
  beforeAnniversary: 7,
  lapsed: 180,
};

export const newId = (): string =>
  typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : '10000000-1000-4000-8000-100000000000'.replace(/[018]/g, (c) => (Number(c) ^ (crypto.getRandomValues(new Uint8Array(1))[0]! & (15 >> (Number(c) / 4)))).toString(16));

export function draftOf(step: Step, locale: string): StepDraft {
  const trigger = step.trigger;
  return {
    id: step.id,
    name: step.name,
    kind: trigger.kind,
    days: 'days' in trigger ? String(trigger.days) : String(DEFAULT_DAYS.afterPurchase),
    date: trigger.kind === 'date' ? trigger.date : '',
    segmentId: trigger.kind === 'entersSegment' ? trigger.segmentId : '',
    channel: step.channel,
    templateId: step.templateId,
    giftId: step.giftId,
    cost: step.costMinor === 0 ? '' : minorToTyped(step.costMinor, locale),
  };
}

export function newStep(defaultDate: string): StepDraft {
  return { id: newId(), name: '', kind: 'afterPurchase', days: '3', date: defaultDate, segmentId: '', channel: 'letter', templateId: null, giftId: null, cost: '' };
}

export type StepErrors = Partial<Record<'name' | 'days' | 'date' | 'segmentId' | 'cost', string>>;

/** The step as the contract takes it, or what is wrong with it. */
export function stepOf(draft: StepDraft, t: TFunction): { step: Step; errors: null } | { step: null; errors: StepErrors } {
  const errors: StepErrors = {};
  if (draft.name.trim() === '') errors.name = t('campaigns.editor.stepNameRequired');
  let trigger: Trigger | null = null;
  if (draft.kind === 'date') {
    if (!isIsoDate(draft.date)) errors.date = t('campaigns.create.dateInvalid');
    else trigger = { kind: 'date', date: draft.date };
  } else if (draft.kind === 'entersSegment') {
    if (!draft.segmentId) errors.segmentId = t('campaigns.editor.segmentRequired');
    else trigger = { kind: 'entersSegment', segmentId: draft.segmentId };
  } else {
    const days = /^\d{1,4}$/.test(draft.days.trim()) ? Number(draft.days.trim()) : NaN;
    const min = draft.kind === 'lapsed' ? 1 : 0;
    if (!Number.isInteger(days) || days < min || days > 3650) errors.days = t('campaigns.editor.daysInvalid');
    else trigger = { kind: draft.kind, days };
  }
  const costMinor = draft.cost.trim() === '' ? 0 : parseAmountMinor(draft.cost);
  if (costMinor === null || costMinor < 0) errors.cost = t('campaigns.create.budgetInvalid');
  if (Object.keys(errors).length > 0 || !trigger) return { step: null, errors };
  return {
    step: { id: draft.id, name: draft.name.trim(), trigger, channel: draft.channel, templateId: draft.templateId, giftId: draft.giftId, costMinor: costMinor! },
    errors: null,
  };
}
