import type { TFunction } from 'i18next';
import type { GiftReason } from '@shared/domain/gift';
import { formatDate, formatMoney } from '../customers/format';

/** One suggestion reason in words ("Already given on 3 May 2026"). */
export function reasonText(reason: GiftReason, t: TFunction, locale: string, currency: string): string {
  switch (reason.code) {
    case 'fits-occasion':
      return t('gifts.reasons.fits-occasion', { occasion: t(`gifts.occasions.${reason.occasion}`) });
    case 'fits-rfm-group':
      return t('gifts.reasons.fits-rfm-group', { group: t(`rfm.groups.${reason.group}`) });
    case 'fits-segment':
      return t('gifts.reasons.fits-segment', { segment: reason.segmentName });
    case 'cost-fits-value':
    case 'costly-for-value':
      return t(`gifts.reasons.${reason.code}`, { cost: formatMoney(reason.costMinor, currency, locale), value: formatMoney(reason.lifetimeValueMinor, currency, locale) });
    case 'matches-purchases':
      return t('gifts.reasons.matches-purchases', { product: reason.product });
    case 'already-given':
      return t('gifts.reasons.already-given', { count: reason.count, date: formatDate(reason.date, locale) });
    case 'low-stock':
      return t('gifts.reasons.low-stock', { stock: reason.stock });
    case 'out-of-stock':
      return t('gifts.reasons.out-of-stock');
  }
}

/** Reasons that warn rather than recommend. */
export const isWarning = (reason: GiftReason) => ['already-given', 'costly-for-value', 'low-stock', 'out-of-stock'].includes(reason.code);
