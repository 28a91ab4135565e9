import type { Random } from './random';

/** Days as the demo counts them (whole days since 1970-01-01, UTC), the seasons, and times of day. */

export const DAY_MS = 86_400_000;
/** Two years of history before `now`. */
export const HISTORY_DAYS = 730;

/** The two years of history the demo covers: its first day and today. */
export interface History {
  start: number;
  today: number;
}

export const weekday = (day: number) => (day + 4) % 7; // 0 = Sunday; day 0 (1970-01-01) was a Thursday
/** Day numbers (days since 1970-01-01) as YYYY-MM-DD, cached: a million purchases ask for a few thousand days. */
const isoDays = new Map<number, string>();
export function isoDay(day: number): string {
  let iso = isoDays.get(day);
  if (iso === undefined) {
    iso = new Date(day * DAY_MS).toISOString().slice(0, 10);
    isoDays.set(day, iso);
  }
  return iso;
}
export const monthOf = (day: number) => Number(isoDay(day).slice(5, 7));

/** More coffee and far more gifts in the fourth quarter; a quiet July. */
export const SEASON = [0, 0.85, 0.9, 0.95, 1, 1, 0.95, 0.75, 0.9, 1, 1.1, 1.35, 1.7];
export const GIFT_SEASON = [0, 0.3, 0.4, 0.4, 0.4, 0.5, 0.4, 0.3, 0.4, 0.5, 0.8, 2.5, 5];

const TWO_DIGITS = Array.from({ length: 60 }, (_, n) => String(n).padStart(2, '0'));

export function timeOn(rng: Random, day: number): string {
  return `${isoDay(day)}T${TWO_DIGITS[rng.int(7, 20)]}:${TWO_DIGITS[rng.int(0, 59)]}:${TWO_DIGITS[rng.int(0, 59)]}.000Z`;
}
