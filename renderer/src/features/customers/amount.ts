/**
 * Amounts as people type them, to minor units: "129,50", "129.50", "1.299,00", "1,299.00", "1 299,5", "-20".
 * A lone separator followed by exactly three digits is a thousands separator ("1.299" is 1299); otherwise the
 * last separator is the decimal one. Answers null for anything else (letters, three decimals, empty).
 */
export function parseAmountMinor(typed: string): number | null {
  let text = typed.trim().replace(/[\s\u00a0\u202f'’]/g, '');
  let sign = 1;
  if (text.startsWith('-') || text.startsWith('−')) {
    sign = -1;
    text = text.slice(1);
  }
  if (!/^\d[\d.,]*$/.test(text) || /[.,]$/.test(text)) return null;
  const separators = text.replace(/\d/g, '');
  let whole = text;
  let fraction = '';
  if (separators.length > 0) {
    const last = Math.max(text.lastIndexOf(','), text.lastIndexOf('.'));
    const after = text.slice(last + 1);
    const lastSep = text[last]!;
    const onlyOneKind = !separators.includes(lastSep === ',' ? '.' : ',');
    const thousandsOnly = onlyOneKind && (separators.length > 1 || after.length === 3);
    if (thousandsOnly) {
      if (!/^\d{1,3}([.,]\d{3})+$/.test(text)) return null;
      whole = text.replace(/[.,]/g, '');
    } else {
      whole = text.slice(0, last);
      fraction = after;
      const groupSep = lastSep === ',' ? '.' : ',';
      if (whole.includes(lastSep)) return null;
      if (whole.includes(groupSep) && !new RegExp(`^\\d{1,3}(\\${groupSep}\\d{3})+$`).test(whole)) return null;
      whole = whole.replace(/[.,]/g, '');
      if (fraction.length > 2) return null;
    }
  }
  const minor = Number(whole) * 100 + Number(fraction.padEnd(2, '0') || '0');
  if (!Number.isSafeInteger(minor)) return null;
  return sign * minor;
}

/** Minor units back to what a person would type, in the UI language's decimal separator ("129,50" in Danish). */
export function minorToTyped(minor: number, locale: string): string {
  const decimal = new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal')?.value ?? '.';
  const sign = minor < 0 ? '-' : '';
  const abs = Math.abs(minor);
  return `${sign}${Math.floor(abs / 100)}${decimal}${String(abs % 100).padStart(2, '0')}`;
}
