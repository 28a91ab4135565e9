/**
 * How a figure moved against the previous period of the same length, for the tiles: direction (the arrow), whether
 * that is good news (the colour, never alone: the arrow and the sign say it too) and the size of the change.
 * Pure, so the wording can be tested without React.
 */

/** How a figure is measured: what its change is counted in. */
export type FigureKind = 'count' | 'money' | 'rate' | 'nps' | 'days';

export interface Change {
  direction: 'up' | 'down' | 'flat';
  tone: 'good' | 'bad' | 'neutral';
  /**
   * `relative`: a fraction of the previous value (counts, money, days); `points`: percentage points (rates) or
   * NPS points; `fromZero`: there was nothing before to compare with.
   */
  unit: 'relative' | 'points' | 'fromZero';
  /** Signed: the fraction for `relative`, the points for `points`, the new value for `fromZero`. */
  value: number;
}

/**
 * The change from `previous` to `current`; null when either is unknown (no buyers to divide by). Rates change in
 * percentage points (retention from 40 % to 50 % is +10 points, not +25 %); NPS in its own points.
 */
export function figureChange(current: number | null, previous: number | null, kind: FigureKind, better: 'higher' | 'lower' = 'higher'): Change | null {
  if (current === null || previous === null || !Number.isFinite(current) || !Number.isFinite(previous)) return null;
  let unit: Change['unit'];
  let value: number;
  if (kind === 'rate') {
    unit = 'points';
    value = roundTo((current - previous) * 100, 1);
  } else if (kind === 'nps') {
    unit = 'points';
    value = roundTo(current - previous, 1);
  } else if (previous === 0) {
    unit = current === 0 ? 'relative' : 'fromZero';
    value = current === 0 ? 0 : current;
  } else {
    unit = 'relative';
    value = roundTo((current - previous) / Math.abs(previous), 3);
  }
  const direction = value > 0 ? 'up' : value < 0 ? 'down' : 'flat';
  const tone = direction === 'flat' ? 'neutral' : (direction === 'up') === (better === 'higher') ? 'good' : 'bad';
  return { direction, tone, unit, value };
}

function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/** A true minus sign (−), not the hyphen Intl writes, so "−3 %" reads as a number. */
export const withMinus = (text: string) => text.replace(/-/g, '−');

/** The signed size of a change in the UI language: "+12.5 %", "−3 pts" (the unit words come from `points`). */
export function formatChangeValue(change: Change, locale: string, points: (value: string) => string): string {
  if (change.unit === 'relative') {
    return withMinus(new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(change.value));
  }
  const number = withMinus(new Intl.NumberFormat(locale, { maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(change.value));
  return change.unit === 'points' ? points(number) : number;
}
