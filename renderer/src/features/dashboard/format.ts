import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { withMinus } from './change';

/**
 * The dashboard's number formats in the UI language: money in the business currency (whole units once amounts
 * are large, as a shop owner reads them: "12.400 kr."), percentages, counts, days and month labels.
 */
export interface DashboardFormat {
  money: (major: number) => string;
  /** Short money for chart axes ("12K kr."). */
  moneyAxis: (major: number) => string;
  /** Money as a tile shows it: whole units, millions shortened ("DKK 3.37M") so the figure fits. */
  moneyTile: (major: number) => string;
  percent: (fraction: number) => string;
  number: (value: number, maxDecimals?: number) => string;
  /** 'YYYY-MM' as "Mar 2026". */
  month: (month: string) => string;
  /** 'YYYY-MM' as "Mar 26", for chart axes. */
  monthShort: (month: string) => string;
  /** 'YYYY-MM-DD' as "2 Mar 2026". */
  date: (iso: string) => string;
}

export function dashboardFormat(locale: string, currency: string): DashboardFormat {
  const currencyFormat = (options: Intl.NumberFormatOptions) => {
    try {
      return new Intl.NumberFormat(locale, { style: 'currency', currency, ...options });
    } catch {
      return new Intl.NumberFormat(locale, options);
    }
  };
  const whole = currencyFormat({ maximumFractionDigits: 0, minimumFractionDigits: 0 });
  const exact = currencyFormat({});
  const compact = currencyFormat({ notation: 'compact', maximumFractionDigits: 1 });
  const millions = currencyFormat({ notation: 'compact', maximumFractionDigits: 2 });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const percentFine = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const monthFormat = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  const monthShortFormat = new Intl.DateTimeFormat(locale, { month: 'short', year: '2-digit', timeZone: 'UTC' });
  const monthOf = (format: Intl.DateTimeFormat) => (month: string) => {
    const [y, m] = month.split('-').map(Number);
    return y && m ? format.format(new Date(Date.UTC(y, m - 1, 1))) : month;
  };
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  return {
    money: (major) => withMinus((Math.abs(major) >= 100 ? whole : exact).format(major)),
    moneyAxis: (major) => withMinus(compact.format(major)),
    percent: (fraction) => (Math.abs(fraction) < 0.1 && fraction !== 0 ? percentFine : percent).format(fraction),
    number: (value, maxDecimals = 0) => withMinus(new Intl.NumberFormat(locale, { maximumFractionDigits: maxDecimals }).format(value)),
    moneyTile: (major) => withMinus((Math.abs(major) >= 1_000_000 ? millions : Math.abs(major) >= 100 ? whole : exact).format(major)),
    month: monthOf(monthFormat),
    monthShort: monthOf(monthShortFormat),
    date: (iso) => {
      const [y, m, d] = iso.split('-').map(Number);
      return y && m && d ? dateFormat.format(new Date(Date.UTC(y, m - 1, d))) : iso;
    },
  };
}

export function useDashboardFormat(currency: string): DashboardFormat {
  const { i18n } = useTranslation();
  return useMemo(() => dashboardFormat(i18n.language, currency), [i18n.language, currency]);
}

/** Recharts tooltips in the theme's panel colours, so they read in light and dark. */
export const CHART_TOOLTIP_STYLE = { background: 'var(--color-panel-solid)', border: '1px solid var(--gray-a6)', borderRadius: 'var(--radius-3)', fontSize: 13 };
