import { isLeapYear } from '../calendar';

/**
 * Calendar days as integers (days since 1970-01-01 in the UTC calendar), for the scheduler's inner loop: it
 * compares, adds and looks up hundreds of thousands of days, so it parses and prints them with arithmetic
 * instead of a Date per call (the civil-calendar algorithms of Howard Hinnant, "chrono-Compatible Low-Level Date
 * Algorithms"). shared/logic/calendar.ts stays the rule for 'YYYY-MM-DD' strings; the tests hold the two to agree.
 */

/** Days since 1970-01-01 (negative before it). */
export type DayNumber = number;

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export const daysInMonth = (year: number, month: number) => (month === 2 && isLeapYear(year) ? 29 : MONTH_DAYS[month - 1]!);

/** The day number of a (proleptic Gregorian) year, month 1–12 and day 1–31; no range check. */
export function dayFromParts(year: number, month: number, day: number): DayNumber {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

// Parts of the last day converted, so that year, month and day of one day cost one conversion.
let lastDay = Number.NaN;
let lastYear = 0;
let lastMonth = 0;
let lastDate = 0;

function split(day: DayNumber): void {
  if (day === lastDay) return;
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  lastDate = doy - Math.floor((153 * mp + 2) / 5) + 1;
  lastMonth = mp < 10 ? mp + 3 : mp - 9;
  lastYear = yoe + era * 400 + (lastMonth <= 2 ? 1 : 0);
  lastDay = day;
}

export function yearOf(day: DayNumber): number {
  split(day);
  return lastYear;
}

/** Month × 100 + day of month (0229 for 29 February), for comparing month-days such as quiet periods. */
export function monthDayOf(day: DayNumber): number {
  split(day);
  return lastMonth * 100 + lastDate;
}

const digit = (s: string, i: number) => {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : Number.NaN;
};

/** 'YYYY-MM-DD' → its day number; NaN for anything else (a wrong shape, 2027-02-29, month 13). */
export function parseDay(iso: string): DayNumber {
  if (iso.length !== 10 || iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45) return Number.NaN;
  const year = digit(iso, 0) * 1000 + digit(iso, 1) * 100 + digit(iso, 2) * 10 + digit(iso, 3);
  const month = digit(iso, 5) * 10 + digit(iso, 6);
  const date = digit(iso, 8) * 10 + digit(iso, 9);
  if (!(month >= 1 && month <= 12 && date >= 1 && date <= daysInMonth(year, month))) return Number.NaN;
  return dayFromParts(year, month, date);
}

/** 'MM-DD' (or the month-day of '--MM-DD' and 'YYYY-MM-DD') → month × 100 + day; NaN when it is no day of a leap year. */
export function parseMonthDay(text: string): number {
  const at = text.length - 5;
  if (at < 0 || text.charCodeAt(at + 2) !== 45 || (at > 0 && text.charCodeAt(at - 1) !== 45)) return Number.NaN;
  const month = digit(text, at) * 10 + digit(text, at + 1);
  const date = digit(text, at + 3) * 10 + digit(text, at + 4);
  return month >= 1 && month <= 12 && date >= 1 && date <= daysInMonth(2000, month) ? month * 100 + date : Number.NaN;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : `${n}`);

/** The day number → 'YYYY-MM-DD' (years 0–9999). */
export function formatDay(day: DayNumber): string {
  split(day);
  const y = lastYear;
  const year = y >= 1000 ? `${y}` : `${y}`.padStart(4, '0');
  return `${year}-${pad2(lastMonth)}-${pad2(lastDate)}`;
}

/** 0 Sunday … 6 Saturday, as Date#getUTCDay (1970-01-01 was a Thursday). */
export const weekday = (day: DayNumber): number => (((day + 4) % 7) + 7) % 7;

export const isWeekend = (day: DayNumber): boolean => {
  const w = weekday(day);
  return w === 0 || w === 6;
};

/**
 * The day a month-day falls on in a year; 29 February falls on 1 March in a year without it (as in
 * shared/logic/calendar.ts). `monthDay` as from parseMonthDay.
 */
export function occurrenceIn(year: number, monthDay: number): DayNumber {
  const month = Math.floor(monthDay / 100);
  const date = monthDay % 100;
  if (month === 2 && date === 29 && !isLeapYear(year)) return dayFromParts(year, 3, 1);
  return dayFromParts(year, month, date);
}

/** Prints days through a cache: a schedule names the same few hundred days a million times. */
export class DayLabels {
  private readonly labels = new Map<DayNumber, string>();

  of(day: DayNumber): string {
    let label = this.labels.get(day);
    if (label === undefined) {
      label = formatDay(day);
      this.labels.set(day, label);
    }
    return label;
  }
}
