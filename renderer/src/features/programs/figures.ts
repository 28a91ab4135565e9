import type { TFunction } from 'i18next';
import type { EconomicsFigure, UpliftKind } from '@shared/domain/program';
import { formatMoney, formatNumber } from '../customers/format';

/** The economics' figures as the UI names and writes them, in the UI language and the business currency. */

/** The three figures that make "+5 % retention" concrete for this business, shown together and highlighted. */
export const RETENTION_KEYS = ['retentionPlusFive', 'retentionPlusFiveProfit', 'retentionPlusFiveFirstYear'] as const;

/** A figure's name: its words in i18n, a tier's member count by the tier's name, else the key itself. */
export function figureLabel(key: string, t: TFunction): string {
  if (key.startsWith('tierMembers:')) return t('programs.figures.tierMembers', { tier: key.slice('tierMembers:'.length) });
  return t(`programs.figures.${key}`, { defaultValue: key });
}

export function percentText(value: number, locale: string, decimals = 1): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: decimals }).format(value / 100);
}

/** The uplift as the assumptions name it: retention in percentage points, frequency and basket in per cent. */
export function upliftText(value: number, kind: UpliftKind, t: TFunction, locale: string): string {
  return kind === 'retention' ? t('programs.economics.pointsValue', { value: formatNumber(value, locale) }) : `+${percentText(value, locale, 2)}`;
}

export function figureValue(figure: Pick<EconomicsFigure, 'key' | 'value' | 'unit'>, t: TFunction, locale: string, currency: string, upliftKind: UpliftKind): string {
  const { value } = figure;
  if (value === null) return t('programs.economics.none');
  switch (figure.unit) {
    case 'money':
      return formatMoney(value, currency, locale);
    case 'count':
      return formatNumber(value, locale);
    case 'months':
      return t('programs.economics.months', { count: value, formatted: new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value) });
    case 'points':
      return upliftText(value, 'retention', t, locale);
    case 'percent':
      if (figure.key === 'breakEvenUplift') return upliftText(value, upliftKind, t, locale);
      return `${value > 0 && figure.key.startsWith('retention') ? '+' : ''}${percentText(value, locale)}`;
    default:
      return formatNumber(value, locale);
  }
}

export const figureOf = (figures: readonly EconomicsFigure[], key: string) => figures.find((f) => f.key === key);
