/**
 * Amounts from files, read exactly or refused: a number is never booked as a different number than the file
 * says. No floating point is involved: the digits are read as text and turned into minor units with BigInt.
 */

/** Countries whose decimal mark is a point; elsewhere "1.234" is a thousand. */
const POINT_DECIMAL = new Set(['GB', 'US', 'IE', 'CA', 'AU', 'NZ', 'CH']);

/**
 * The largest amount accepted, in minor units: ten billion in any currency. Far above any purchase a small
 * business books, and low enough that a million of them still add up exactly (below 2^53).
 */
export const MAX_AMOUNT_MINOR = 1_000_000_000_000n;

export type AmountResult = { ok: true; minor: number } | { ok: false; reason: string };

/** Spaces people and spreadsheets put between groups of thousands: space, no-break, narrow no-break, apostrophe. */
const GROUP_SPACES = /[ \u00a0\u202f']/g;

/**
 * An amount as people and exports write it, in minor units: 129.50, 129,50, 1.234,56, 1,234.56, 1 234,56,
 * "DKK 129,50", "129,50 kr.", "-45.00". Refused, with the reason: scientific notation (1e15), more than two
 * decimals, thousands groups that are not groups of three, anything else in the number, and amounts out of range.
 */
export function readAmount(text: string, businessCountry: string): AmountResult {
  const quoted = `“${text.trim().slice(0, 40)}”`;
  const notANumber: AmountResult = { ok: false, reason: `The amount ${quoted} is not a number Rapport can read.` };
  // 1e15, 2.5E+3, "1 e": an exponent, never a currency (EUR, a letter after the E, is one)
  if (/\d\s*[eE](?!\p{L})/u.test(text)) return { ok: false, reason: `The amount ${quoted} is in scientific notation; write it out in full.` };
  // a currency code or symbol may stand before or after the number, and the sign before either
  const match = /^([-−+]?)\s*(?:[\p{L}\p{Sc}]+\.?\s*)?([-−+]?)\s*(\d[\d ,.\u00a0\u202f']*?)\s*(?:[\p{L}\p{Sc}]+\.?)?$/u.exec(text.trim());
  if (!match) return notANumber;
  const [, sign1, sign2, body] = match as unknown as [string, string, string, string];
  if (sign1 && sign2) return notANumber;
  const negative = (sign1 || sign2) === '-' || (sign1 || sign2) === '−';

  const split = decimalSplit(body.replace(GROUP_SPACES, ' ').trim(), businessCountry);
  if (!split) return notANumber;
  const { whole, fraction } = split;
  if (fraction.length > 2) return { ok: false, reason: `The amount ${quoted} has more than two decimals.` };
  const minor = BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0'));
  if (minor > MAX_AMOUNT_MINOR) return { ok: false, reason: `The amount ${quoted} is out of range (more than 10,000,000,000).` };
  return { ok: true, minor: Number(negative ? -minor : minor) };
}

/** The previous interface: minor units, or null when the text is not an amount. */
export function parseAmount(text: string, businessCountry: string): number | null {
  const result = readAmount(text, businessCountry);
  return result.ok ? result.minor : null;
}

/**
 * Which mark is the decimal one, and the digits either side of it; null when the groups of thousands are not
 * well formed ("1.2.3", "12,34,5"). One mark used more than once is a thousands separator; a single mark
 * followed by three digits is a thousands separator where the country writes it so ("1.234" in Denmark).
 */
function decimalSplit(body: string, businessCountry: string): { whole: string; fraction: string } | null {
  const marks = [...new Set(body.match(/[.,]/g) ?? [])];
  const spaced = body.includes(' ');
  let decimal: string | null = null;
  if (marks.length === 2) decimal = body.lastIndexOf(',') > body.lastIndexOf('.') ? ',' : '.';
  else if (marks.length === 1) {
    const mark = marks[0]!;
    const parts = body.split(mark);
    const groupsOfThree = parts.length > 2 || parts[1]!.length === 3;
    const thousandsHere = mark === ',' ? POINT_DECIMAL.has(businessCountry) : !POINT_DECIMAL.has(businessCountry);
    decimal = parts.length > 2 || (groupsOfThree && thousandsHere && !spaced) ? null : mark;
  }
  const [wholeText, fraction = '', ...rest] = decimal ? body.split(decimal) : [body];
  if (rest.length > 0 || !/^\d*$/.test(fraction)) return null;
  const groups = wholeText!.split(/[ .,]/);
  const grouped = groups.length > 1;
  if (grouped && !(/^\d{1,3}$/.test(groups[0]!) && groups.slice(1).every((g) => /^\d{3}$/.test(g)))) return null;
  if (grouped && new Set(wholeText!.match(/[ .,]/g)).size > 1) return null; // "1 234.567,89": two kinds of grouping
  const whole = groups.join('');
  if (!/^\d+$/.test(whole) && !(whole === '' && fraction !== '')) return null;
  return { whole: whole || '0', fraction };
}
