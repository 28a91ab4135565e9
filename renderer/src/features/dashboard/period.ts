/**
 * The dashboard's periods, as plain calendar dates ('YYYY-MM-DD'). Pure: "today" comes from the caller (the
 * renderer passes its local date; the request carries the dates, so the engine never guesses).
 */

export const PERIOD_PRESETS = ['last12Months', 'last30Days', 'lastQuarter', 'thisYear', 'lastYear', 'custom'] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

export interface Period {
  from: string;
  to: string;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** A valid calendar date written YYYY-MM-DD (2026-02-30 is not one). */
export function isIsoDate(text: string): boolean {
  const match = ISO.exec(text);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return toIso(date) === text;
}

function parse(iso: string): Date {
  if (!isIsoDate(iso)) throw new Error(`Not a date (YYYY-MM-DD): ${iso}`);
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

function toIso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The date `days` after (or before, when negative) a date. */
export function addDays(iso: string, days: number): string {
  return toIso(new Date(parse(iso).getTime() + days * DAY_MS));
}

/** Days from the first date to the second, both counted (2026-01-01 to 2026-01-31 is 31). */
export function daysIn(period: Period): number {
  return Math.round((parse(period.to).getTime() - parse(period.from).getTime()) / DAY_MS) + 1;
}

/** The same day `months` months earlier, the day clamped to the month's length (31 March − 1 month = 28/29 Feb). */
function minusMonths(iso: string, months: number): string {
  const date = parse(iso);
  const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() - months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date.getUTCDate(), lastDay));
  return toIso(target);
}

/** The period a preset names as of `today`; `custom` answers null (the user types it). */
export function presetPeriod(preset: PeriodPreset, today: string): Period | null {
  const date = parse(today);
  const year = date.getUTCFullYear();
  switch (preset) {
    case 'last12Months':
      return { from: addDays(minusMonths(today, 12), 1), to: today };
    case 'last30Days':
      return { from: addDays(today, -29), to: today };
    case 'lastQuarter': {
      const quarterStart = Math.floor(date.getUTCMonth() / 3) * 3;
      const from = new Date(Date.UTC(year, quarterStart - 3, 1));
      const to = new Date(Date.UTC(year, quarterStart, 0));
      return { from: toIso(from), to: toIso(to) };
    }
    case 'thisYear':
      return { from: `${year}-01-01`, to: today };
    case 'lastYear':
      return { from: `${year - 1}-01-01`, to: `${year - 1}-12-31` };
    case 'custom':
      return null;
  }
}

/**
 * The period of the same length just before: what each figure is compared with. A period of whole calendar months
 * (last year, last quarter) is compared with as many whole months before it (2025 with 2024, not with 366 days that
 * start on New Year's Eve); any other with the same number of days.
 */
export function previousPeriod(period: Period): Period {
  const months = wholeMonths(period);
  if (months !== null) {
    const start = parse(period.from);
    const from = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() - months, 1));
    return { from: toIso(from), to: addDays(period.from, -1) };
  }
  const length = daysIn(period);
  const to = addDays(period.from, -1);
  return { from: addDays(to, -(length - 1)), to };
}

/** How many calendar months a period covers when it runs from a 1st to a month's last day; otherwise null. */
function wholeMonths(period: Period): number | null {
  const from = parse(period.from);
  const to = parse(period.to);
  if (from.getUTCDate() !== 1 || parse(addDays(period.to, 1)).getUTCDate() !== 1 || from > to) return null;
  return (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + to.getUTCMonth() - from.getUTCMonth() + 1;
}

/** What is wrong with a typed custom period, or null when it is fine. */
export function customPeriodProblem(from: string, to: string): 'fromInvalid' | 'toInvalid' | 'order' | null {
  if (!isIsoDate(from)) return 'fromInvalid';
  if (!isIsoDate(to)) return 'toInvalid';
  if (from > to) return 'order';
  return null;
}

/** The renderer's today as a calendar date in its own time zone. */
export function localToday(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
