/**
 * Numbers as the programs' reasons and explanations write them (English, like the rest of the UI's reasoning):
 * money in major units with two decimals, thousands grouped by commas, and the currency code ("1,234.50 DKK").
 * Plain string work, no Intl, so the words are the same on every machine and in every test.
 */

function grouped(whole: string): string {
  return whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** 123450 → "1,234.50 DKK"; negative amounts get a leading minus. */
export function money(minor: number, currency: string): string {
  const rounded = Math.round(minor);
  const sign = rounded < 0 ? '-' : '';
  const abs = Math.abs(rounded);
  return `${sign}${grouped(String(Math.floor(abs / 100)))}.${String(abs % 100).padStart(2, '0')} ${currency}`;
}

/** A count or any number, with at most `decimals` decimals (trailing zeros dropped) and grouped thousands. */
export function num(value: number, decimals = 2): string {
  const factor = 10 ** decimals;
  const rounded = Math.round(value * factor) / factor;
  const sign = rounded < 0 ? '-' : '';
  const [whole, fraction] = Math.abs(rounded).toFixed(decimals).split('.');
  const trimmed = (fraction ?? '').replace(/0+$/, '');
  return `${sign}${grouped(whole ?? '0')}${trimmed ? `.${trimmed}` : ''}`;
}

/** A share 0–1 as a percentage: 0.625 → "62.5 %". */
export function share(value: number, decimals = 1): string {
  return `${num(value * 100, decimals)} %`;
}

/** A percentage already in percent: 5 → "5 %". */
export function percent(value: number, decimals = 2): string {
  return `${num(value, decimals)} %`;
}
